using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>Creates and edits plans, their chapters and goals; only where the plan's organisation is in the user's scope.</summary>
public sealed class PlanService(AppDbContext db, Guard guard)
{
    public Task<Outcome<PlanSummary>> CreateAsync(PlanInput input) => Outcome.Try(async () =>
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId) || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<PlanSummary>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        var plan = new Plan(input.OrganisationId, input.Title!, input.Kind, Period(input));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return Summary(plan);
    });

    public Task<Outcome<PlanSummary>> UpdateAsync(Guid planId, PlanInput input) => Outcome.Try(async () =>
    {
        if (await EditablePlanAsync(planId) is not { } plan)
        {
            return Outcome<PlanSummary>.NotFound();
        }
        db.ExpectVersion(plan, input.Version);
        plan.Update(input.Title!, input.Kind, Period(input));
        await db.SaveChangesAsync();
        return Summary(plan);
    });

    public Task<Outcome<Guid>> DeleteAsync(Guid planId, long version) => Outcome.Try(async () =>
    {
        if (await EditablePlanAsync(planId) is not { } plan)
        {
            return Outcome<Guid>.NotFound();
        }
        if (plan.State is not PlanState.Draft)
        {
            return Outcome<Guid>.Invalid("State", "Bare utkast kan slettes. En vedtatt plan er historikk.");
        }
        db.ExpectVersion(plan, version);
        db.Plans.Remove(plan);
        await db.SaveChangesAsync();
        return planId;
    });

    public Task<Outcome<ChapterRow>> SaveChapterAsync(Guid planId, Guid? chapterId, ChapterInput input) => Outcome.Try(async () =>
    {
        if (await EditablePlanAsync(planId) is null)
        {
            return Outcome<ChapterRow>.NotFound();
        }
        Chapter? chapter;
        if (chapterId is { } id)
        {
            chapter = await db.Chapters.SingleOrDefaultAsync(c => c.Id == id && c.PlanId == planId);
            if (chapter is null)
            {
                return Outcome<ChapterRow>.NotFound();
            }
            db.ExpectVersion(chapter, input.Version);
            chapter.Update(input.Number, input.Title!, input.Text, input.Order);
        }
        else
        {
            var order = input.Order > 0 ? input.Order : await NextOrderAsync(db.Chapters.Where(c => c.PlanId == planId).Select(c => c.Order));
            chapter = new Chapter(planId, input.Number, input.Title!, input.Text, order);
            db.Chapters.Add(chapter);
        }
        await db.SaveChangesAsync();
        return new ChapterRow(chapter.Id, chapter.Number, chapter.Title, chapter.Text, chapter.Order, 0, null, chapter.Version);
    });

    public Task<Outcome<GoalRow>> SaveGoalAsync(Guid planId, Guid? goalId, GoalInput input) => Outcome.Try(async () =>
    {
        if (await EditablePlanAsync(planId) is null)
        {
            return Outcome<GoalRow>.NotFound();
        }
        if (input.ChapterId is { } chapterId && !await db.Chapters.AnyAsync(c => c.Id == chapterId && c.PlanId == planId))
        {
            return Outcome<GoalRow>.Invalid(nameof(input.ChapterId), "Kapitlet hører ikke til denne planen.");
        }
        var indicator = string.IsNullOrWhiteSpace(input.IndicatorName) ? null
            : new Indicator(input.IndicatorName, input.IndicatorUnit, input.Baseline, Date(input.BaselineOn), input.Target, Date(input.TargetOn),
                input.Current, Date(input.CurrentOn), Enum.IsDefined(input.Source) ? input.Source : throw new RuleViolation(nameof(input.Source), "Velg hvor verdien hentes fra."));
        Goal? goal;
        if (goalId is { } id)
        {
            goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == id && g.PlanId == planId);
            if (goal is null)
            {
                return Outcome<GoalRow>.NotFound();
            }
            db.ExpectVersion(goal, input.Version);
            goal.Update(input.ChapterId, input.Text!, input.Order, indicator);
        }
        else
        {
            var order = input.Order > 0 ? input.Order : await NextOrderAsync(db.Goals.Where(g => g.PlanId == planId).Select(g => g.Order));
            goal = new Goal(planId, input.ChapterId, input.Text!, order, indicator);
            db.Goals.Add(goal);
        }
        await db.SaveChangesAsync();
        return new GoalRow(goal.Id, goal.ChapterId, goal.Text, goal.Order, null, 0, goal.Indicator?.Progress, goal.Version);
    });

    /// <summary>The plan, tracked, when the user may change it; otherwise null (the caller answers "not found").</summary>
    internal async Task<Plan?> EditablePlanAsync(Guid planId)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId);
        return plan is not null && await guard.CoversOrganisation(plan.OrganisationId) ? plan : null;
    }

    internal static async Task<int> NextOrderAsync(IQueryable<int> orders) => (await orders.Select(o => (int?)o).MaxAsync() ?? 0) + 10;

    private static PlanPeriod Period(PlanInput input)
    {
        if (input.FromYear is not { } from || from is < 2000 or > 2100)
        {
            throw new RuleViolation(nameof(input.FromYear), "Oppgi året planen gjelder fra (for eksempel 2026).");
        }
        var to = input.ToYear ?? from;
        if (to < from)
        {
            throw new RuleViolation(nameof(input.ToYear), "Planen kan ikke slutte før den begynner.");
        }
        return PlanPeriod.Years(from, to);
    }

    private static LocalDate? Date(DateOnly? date) => date is { } d ? LocalDate.FromDateOnly(d) : null;

    private static PlanSummary Summary(Plan p) =>
        new(p.Id, p.OrganisationId, "", p.Title, p.Kind, p.Period.Label, p.State, p.State.Label(), p.IsDemo, 0, null);
}
