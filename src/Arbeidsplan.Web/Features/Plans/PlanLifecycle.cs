using System.Text.Json;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>Propose, adopt and revise a plan (each kept as a revision), roll it over into the next period, compare and check it.</summary>
public sealed class PlanLifecycle(AppDbContext db, PlanService plans, PlanQueries queries, CurrentAccess access, IClock clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public Task<Outcome<PlanDetails>> ProposeAsync(Guid planId, long version) => Change(planId, version, (plan, _) => plan.Propose(), null);

    public async Task<Outcome<PlanDetails>> AdoptAsync(Guid planId, AdoptInput input)
    {
        if (input.MeetingId is { } meetingId)
        {
            var organisationId = await db.Plans.Where(p => p.Id == planId).Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync();
            if (organisationId is null)
            {
                return Outcome<PlanDetails>.NotFound();
            }
            var meeting = (await AnnualMeetingsAsync(organisationId.Value)).FirstOrDefault(m => m.Id == meetingId);
            if (meeting is null)
            {
                return Outcome<PlanDetails>.Invalid(nameof(input.MeetingId), "Velg et av organisasjonens årsmøter.");
            }
            (input.Meeting, input.On) = (meeting.Title, meeting.On.ToDateOnly());
        }
        return await Change(planId, input.Version, (plan, on) => plan.Adopt(input.Meeting!, on, input.MeetingId), input, PlanState.Adopted);
    }

    /// <summary>The organisation's annual meetings that were not cancelled, newest first: the meetings a plan can be adopted at.</summary>
    public async Task<IReadOnlyList<AnnualMeetingChoice>> AnnualMeetingsAsync(Guid organisationId) =>
        await db.AnnualMeetingsOf(organisationId).AsNoTracking()
            .OrderByDescending(m => m.StartsAt).Take(20)
            .Select(m => new AnnualMeetingChoice(m.Id, m.Title, m.StartsAt.Date)).ToListAsync();

    public Task<Outcome<PlanDetails>> ReviseAsync(Guid planId, AdoptInput input) =>
        Change(planId, input.Version, (plan, _) => plan.Revise(), input, PlanState.Revised);

    public Task<Outcome<RollOverResult>> RollOverAsync(Guid planId, RollOverInput input) => Outcome.Try(async () =>
    {
        if (await plans.EditablePlanAsync(planId) is not { } source)
        {
            return Outcome<RollOverResult>.NotFound();
        }
        var title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title;
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId).ToListAsync();
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId).ToListAsync();
        var measures = await db.Measures.AsNoTracking().Include(m => m.Goals).Where(m => m.PlanId == planId).ToListAsync();
        var rolled = PlanRollOver.Of(source, title, chapters, goals, measures, await PlanCalendars.EventsAsync(db, source.OrganisationId, source.NextPeriod));
        var next = rolled.Plan;
        if (await db.Plans.AnyAsync(p => p.OrganisationId == next.OrganisationId && p.PeriodFrom == next.PeriodFrom && p.Title == next.Title))
        {
            return Outcome<RollOverResult>.Invalid(nameof(input.Title), $"Det finnes allerede en plan «{next.Title}» for {next.Period.Label}.");
        }
        db.Plans.Add(next);
        db.Chapters.AddRange(rolled.Chapters);
        db.Goals.AddRange(rolled.Goals);
        db.Measures.AddRange(rolled.Measures);
        await db.SaveChangesAsync();
        var stale = PlanCheck.Run(await PlanContents.LoadAsync(db, next.Id)).Count(f => f.Kind == FindingKind.StaleYear);
        return new RollOverResult(next.Id, next.Title, chapters.Count, goals.Count, measures.Count, stale);
    });

    /// <summary>Plan against plan, or (with revision numbers) revision against revision; "0" is the plan as it stands now.</summary>
    public async Task<Outcome<IReadOnlyList<DiffEntry>>> DiffAsync(Guid olderPlanId, Guid newerPlanId, int? olderRevision = null, int? newerRevision = null) =>
        await queries.DetailsAsync(olderPlanId) is { } older && await queries.DetailsAsync(newerPlanId) is { } newer
            ? await DiffAsync(older, newer, olderRevision, newerRevision)
            : Outcome<IReadOnlyList<DiffEntry>>.NotFound("Fant ikke planen eller revisjonen.");

    /// <summary>The diff of two plans the caller has read (and so may read).</summary>
    public async Task<Outcome<IReadOnlyList<DiffEntry>>> DiffAsync(PlanDetails olderPlan, PlanDetails newerPlan, int? olderRevision, int? newerRevision)
    {
        var (older, newer) = olderRevision is null or 0 && newerRevision is null or 0
            ? await BothLiveAsync(olderPlan, newerPlan)
            : (await ContentAsync(olderPlan, olderRevision), await ContentAsync(newerPlan, newerRevision));
        if (older is null || newer is null)
        {
            return Outcome<IReadOnlyList<DiffEntry>>.NotFound("Fant ikke planen eller revisjonen.");
        }
        return Outcome<IReadOnlyList<DiffEntry>>.Ok(PlanDiff.Compare(older, newer));
    }

    public async Task<IReadOnlyList<FindingRow>?> CheckAsync(Guid planId)
    {
        if (await queries.ContentAsync(planId) is not { } content)
        {
            return null;
        }
        return Findings(planId, content);
    }

    /// <summary>The check's findings on content the caller has read (the plan's page has, with its overview).</summary>
    public static IReadOnlyList<FindingRow> Findings(Guid planId, PlanContent content) =>
        [.. PlanCheck.Run(content).Select(f => new FindingRow(f.Kind, f.Message, f.Place, f.PlaceId, f.PlaceLabel, Link(planId, f)))];

    private static string Link(Guid planId, Finding f) => f.Place switch
    {
        PlaceKind.Measure => $"/plan/{planId}/tiltak/{f.PlaceId}",
        PlaceKind.Goal => $"/plan/{planId}/mal/{f.PlaceId}",
        _ => $"/plan/{planId}/kapittel/{f.PlaceId}",
    };

    private async Task<(PlanContent?, PlanContent?)> BothLiveAsync(PlanDetails olderPlan, PlanDetails newerPlan)
    {
        var both = await queries.ContentsAsync([olderPlan, newerPlan]);
        return (both[0], both[1]);
    }

    private async Task<PlanContent?> ContentAsync(PlanDetails plan, int? revision)
    {
        var planId = plan.Id;
        if (revision is null or 0)
        {
            return await queries.ContentAsync(plan);
        }
        var stored = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == planId && r.Number == revision).Select(r => r.Content).SingleOrDefaultAsync();
        return stored is null ? null : JsonSerializer.Deserialize<StoredContent>(stored, Json)?.ToContent();
    }

    private Task<Outcome<PlanDetails>> Change(Guid planId, long version, Action<Plan, LocalDate> change, AdoptInput? input, PlanState? keep = null) =>
        Outcome.Try(async () =>
        {
            if (await plans.EditablePlanAsync(planId) is not { } plan)
            {
                return Outcome<PlanDetails>.NotFound();
            }
            var on = input?.On is { } d ? LocalDate.FromDateOnly(d) : clock.Today();
            if (keep == PlanState.Adopted && input?.On is null)
            {
                throw new RuleViolation(nameof(AdoptInput.On), "Oppgi datoen årsmøtet vedtok planen.");
            }
            db.ExpectVersion(plan, version);
            change(plan, on);
            if (keep is { } state)
            {
                await KeepRevisionAsync(db, planId, state, on, input?.Note, access.ActorName, clock.GetCurrentInstant());
            }
            await db.SaveChangesAsync();
            return (await queries.DetailsAsync(planId))!;
        });

    /// <summary>The plan as it stands, kept as its next numbered revision (at adoption and revision; the demo's adoptions too).</summary>
    internal static async Task KeepRevisionAsync(AppDbContext db, Guid planId, PlanState state, LocalDate on, string? note, string author, Instant at)
    {
        var content = await PlanContents.LoadAsync(db, planId);
        var number = (await db.PlanRevisions.Where(r => r.PlanId == planId).Select(r => (int?)r.Number).MaxAsync() ?? 0) + 1;
        db.PlanRevisions.Add(new PlanRevision(planId, number, state, on, note, JsonSerializer.Serialize(StoredContent.From(content), Json), author, at));
    }

    /// <summary>A revision as stored: the content with its period as years, so it reads back without NodaTime converters.</summary>
    private sealed record StoredContent(string Title, DateOnly PeriodFrom, DateOnly PeriodTo, List<ChapterItem> Chapters, List<GoalItem> Goals, List<MeasureItem> Measures)
    {
        public static StoredContent From(PlanContent c) =>
            new(c.Title, c.Period.From.ToDateOnly(), c.Period.To.ToDateOnly(), c.Chapters.ToList(), c.Goals.ToList(), c.Measures.ToList());

        public PlanContent ToContent() => new(Title, new PlanPeriod(LocalDate.FromDateOnly(PeriodFrom), LocalDate.FromDateOnly(PeriodTo)), Chapters, Goals, Measures);
    }
}
