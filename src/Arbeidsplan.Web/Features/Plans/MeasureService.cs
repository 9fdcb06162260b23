using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>Creates and edits measures (owner matched, timing understood) and records their status with a dated note.</summary>
public sealed class MeasureService(AppDbContext db, PlanService plans, OwnerResolver owners, CurrentAccess access, IClock clock)
{
    public Task<Outcome<MeasureRow>> SaveAsync(Guid planId, Guid? measureId, MeasureInput input) => Outcome.Try(async () =>
    {
        if (await plans.EditablePlanAsync(planId) is not { } plan)
        {
            return Outcome<MeasureRow>.NotFound();
        }
        if (input.ChapterId is { } chapterId && !await db.Chapters.AnyAsync(c => c.Id == chapterId && c.PlanId == planId))
        {
            return Outcome<MeasureRow>.Invalid(nameof(input.ChapterId), "Kapitlet hører ikke til denne planen.");
        }
        var goalIds = input.GoalIds.Distinct().ToList();
        if (goalIds.Count > 0 && await db.Goals.CountAsync(g => goalIds.Contains(g.Id) && g.PlanId == planId) != goalIds.Count)
        {
            return Outcome<MeasureRow>.Invalid(nameof(input.GoalIds), "Et av målene hører ikke til denne planen.");
        }
        Measure? measure;
        if (measureId is { } id)
        {
            measure = await db.Measures.Include(m => m.Goals).SingleOrDefaultAsync(m => m.Id == id && m.PlanId == planId);
            if (measure is null)
            {
                return Outcome<MeasureRow>.NotFound();
            }
            if (measure.Version != input.Version)
            {
                return Outcome<MeasureRow>.Conflict(WhatChanged(measure, input));
            }
            db.ExpectVersion(measure, input.Version);
            measure.Update(input.ChapterId, input.Code, input.Text!, input.Category, input.Order > 0 ? input.Order : measure.Order);
        }
        else
        {
            var order = input.Order > 0 ? input.Order : await PlanService.NextOrderAsync(db.Measures.Where(m => m.PlanId == planId).Select(m => m.Order));
            measure = new Measure(planId, input.ChapterId, input.Code, input.Text!, order, input.Category);
            db.Measures.Add(measure);
        }
        measure.AssignOwner(await owners.ResolveAsync(input.Owner, plan.OrganisationId));
        measure.SetTiming(TimingParser.Parse(input.Timing, plan.Period, await PlanCalendars.ForPlanAsync(db, planId, plan.Period)));
        measure.LinkGoals(goalIds);
        await db.SaveChangesAsync();
        return Row(measure);
    });

    public Task<Outcome<MeasureRow>> SetStatusAsync(Guid measureId, StatusInput input) => Outcome.Try(async () =>
    {
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Id == measureId);
        if (measure is null || await plans.EditablePlanAsync(measure.PlanId) is null)
        {
            return Outcome<MeasureRow>.NotFound();
        }
        var on = input.On is { } d ? LocalDate.FromDateOnly(d) : clock.Today();
        if (measure.Version != input.Version)
        {
            return Outcome<MeasureRow>.Conflict(
                $"Noen andre har oppdatert tiltaket siden du åpnet det; status er nå «{measure.Status.Label()}». Last inn siden på nytt og se historikken før du endrer.");
        }
        db.ExpectVersion(measure, input.Version);
        db.StatusNotes.Add(measure.SetStatus(input.Status, on, input.Note, access.ActorName, clock.GetCurrentInstant()));
        await db.SaveChangesAsync();
        return Row(measure);
    });

    public Task<Outcome<Guid>> DeleteAsync(Guid measureId, long version) => Outcome.Try(async () =>
    {
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Id == measureId);
        if (measure is null || await plans.EditablePlanAsync(measure.PlanId) is null)
        {
            return Outcome<Guid>.NotFound();
        }
        db.ExpectVersion(measure, version);
        db.Measures.Remove(measure);
        await db.SaveChangesAsync();
        return measureId;
    });

    /// <summary>"Tiltak er nå «…»; Gjennomføring er nå «…»": the fields someone else saved that differ from what this user sent.</summary>
    private static string WhatChanged(Measure current, MeasureInput input)
    {
        var fields = new List<string>();
        void Compare(string label, string? now, string? sent)
        {
            if (!string.Equals((now ?? "").Trim(), (sent ?? "").Trim(), StringComparison.Ordinal))
            {
                fields.Add($"{label} er nå «{now}»");
            }
        }
        Compare("Koden", current.Code, input.Code);
        Compare("Tiltaket", current.Text, input.Text);
        Compare("Kategorien", current.Category, input.Category);
        Compare("Ansvarlig", current.OwnerText, input.Owner);
        Compare("Gjennomføringen", current.TimingText, input.Timing);
        var what = fields.Count == 0 ? "" : " " + string.Join("; ", fields) + ".";
        return $"Noen andre har endret tiltaket siden du åpnet det.{what} Ingenting er lagret; last inn på nytt og gjør endringen igjen.";
    }

    private MeasureRow Row(Measure m) => new(m.Id, m.ChapterId, null, m.Code, m.Text, m.Category, m.OwnerText, m.Owner.IsKnown, m.TimingText,
        m.TimingUnderstood, m.TimingUnclear, m.DueOn?.ToDateOnly(), m.Status, m.Status.Label(),
        m.DueOn is { } due && due < clock.Today() && m.Status.IsOpen(), false);
}
