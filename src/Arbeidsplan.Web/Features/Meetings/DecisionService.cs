using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// A decision with its follow-up (the page and the API), decisions made between meetings by e-mail or circulation, and the
/// plan measures a decision carries out: measures of the plans of the decision's organisation.
/// </summary>
public sealed class DecisionService(AppDbContext db, Guard guard, IClock clock, FollowUpService followUps)
{
    public async Task<DecisionDetail?> DetailAsync(Guid decisionId)
    {
        // The body's name, the case's number and whether it is closed come with the decision: one round trip.
        if (await db.Decisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => new
            {
                Decision = d,
                Body = db.Bodies.Where(b => b.Id == d.BodyId).Select(b => b.Name).FirstOrDefault(),
                Number = db.MeetingCases.Where(c => c.Id == d.CaseId).Select(c => c.Number).FirstOrDefault(),
                Closed = db.MeetingCases.Any(c => c.Id == d.CaseId && c.IsClosed),
            }).SingleOrDefaultAsync() is not { } found)
        {
            return null;
        }
        var (decision, body, number) = (found.Decision, found.Body ?? "", found.Number);
        var tasks = await followUps.OfDecisionAsync(decisionId);
        var owned = new HashSet<Guid>();
        foreach (var task in tasks)
        {
            if (await followUps.OwnsAsync(task.Task))
            {
                owned.Add(task.Task.Id);
            }
        }
        // The owner of a task reads the decision it carries out even when the body's meetings are out of their sight.
        if (owned.Count == 0 && !await followUps.ReadsAsync(decision, found.Closed))
        {
            return null;
        }
        var where = number is { } n ? $"{body}, {new CaseNumber(n, decision.DecidedOn.Year)}" : $"{body}, mellom møtene";
        var canEdit = await guard.EditsBody(new BodyRef(decision.OrganisationId, decision.BodyId));
        var today = clock.Today();
        var notes = (await db.FollowUpNotes.AsNoTracking().Where(n => db.FollowUpTasks.Any(t => t.Id == n.TaskId && t.DecisionId == decisionId))
            .OrderByDescending(n => n.WrittenAt).ToListAsync()).ToLookup(n => n.TaskId);
        var measures = await db.DecisionMeasures.AsNoTracking().Where(l => l.DecisionId == decisionId)
            .Join(db.Measures, l => l.MeasureId, m => m.Id, (l, m) => new LinkedMeasure(m.Id, m.PlanId, (m.Code == null ? "" : m.Code + " ") + m.Text)).ToListAsync();
        return new DecisionDetail(decision.Id, decision.OrganisationId, decision.BodyId, body, DecisionRows.Of(decision, where), decision.MeetingId, canEdit,
            [.. tasks.OrderBy(t => t.Task.DueOn).Select(t => new TaskDetail(t.Row(today), canEdit || owned.Contains(t.Task.Id),
                [.. notes[t.Task.Id].Select(x => new NoteRow(x.On, x.Status.Label(), x.Text, x.Author))]))],
            [.. measures.OrderBy(m => m.Name, StringComparer.Ordinal)]);
    }

    /// <summary>A decision made by e-mail or circulation; the next meeting's minutes lay it before the body.</summary>
    public Task<Outcome<Guid>> BetweenMeetingsAsync(Guid bodyId, BetweenMeetingsInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => (BodyRef?)new BodyRef(b.OrganisationId, b.Id)).SingleOrDefaultAsync() is not { } body
            || !await guard.ReadsBody(body))
        {
            return Outcome<Guid>.NotFound("Fant ikke organet.");
        }
        if (!await guard.EditsBody(body))
        {
            return Outcome<Guid>.Forbidden(MinutesService.WritersOnly);
        }
        if (input.DecidedOn is not { } day || LocalDate.FromDateOnly(day) > clock.Today())
        {
            return Outcome<Guid>.Invalid(nameof(input.DecidedOn), "Velg dagen vedtaket ble gjort (i dag eller før).");
        }
        var decision = Decision.BetweenMeetings(body.OrganisationId, bodyId, LocalDate.FromDateOnly(day), input.Title ?? "", input.Text ?? "",
            new Vote(input.Vote, input.Vote == VoteKind.Majority ? input.Against : null));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    });

    /// <summary>Links a decision to a measure it carries out, from the plans of the decision's organisation.</summary>
    public Task<Outcome<Guid>> LinkMeasureAsync(Guid decisionId, MeasureLinkInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(decisionId) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke vedtaket.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var decision = found.Decision!;
        if (!await db.Measures.AnyAsync(m => m.Id == input.MeasureId && db.Plans.Any(p => p.Id == m.PlanId && p.OrganisationId == decision.OrganisationId)))
        {
            return Outcome<Guid>.Invalid(nameof(input.MeasureId), "Velg et tiltak i organisasjonens arbeidsplan.");
        }
        if (!await db.DecisionMeasures.AnyAsync(l => l.DecisionId == decisionId && l.MeasureId == input.MeasureId))
        {
            db.DecisionMeasures.Add(new DecisionMeasure(decisionId, input.MeasureId));
            await db.SaveChangesAsync();
        }
        return input.MeasureId;
    });

    public Task<Outcome<Guid>> UnlinkMeasureAsync(Guid decisionId, Guid measureId) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(decisionId) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke vedtaket.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        db.DecisionMeasures.RemoveRange(await db.DecisionMeasures.Where(l => l.DecisionId == decisionId && l.MeasureId == measureId).ToListAsync());
        await db.SaveChangesAsync();
        return measureId;
    });

    /// <summary>The measures of the organisation's plans a decision may carry out, for the form (at most 300, by code).</summary>
    public async Task<IReadOnlyList<NamedItem>> MeasureChoicesAsync(Guid organisationId) =>
        await db.Measures.AsNoTracking().Where(m => db.Plans.Any(p => p.Id == m.PlanId && p.OrganisationId == organisationId))
            .OrderBy(m => m.Code).ThenBy(m => m.Order).Take(300).Select(m => new NamedItem(m.Id, (m.Code == null ? "" : m.Code + " ") + m.Text)).ToListAsync();

    private async Task<(Decision? Decision, Outcome<Guid>? Error)?> EditableAsync(Guid decisionId)
    {
        if (await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId) is not { } decision || !await followUps.ReadsAsync(decision))
        {
            return null;
        }
        return await guard.EditsBody(new BodyRef(decision.OrganisationId, decision.BodyId)) ? (decision, null)
            : (null, Outcome<Guid>.Forbidden(MinutesService.WritersOnly));
    }
}
