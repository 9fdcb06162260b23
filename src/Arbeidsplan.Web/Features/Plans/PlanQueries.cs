using System.Globalization;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

// ToLower() in a query is SQL lower() on both databases (on SQLite the invariant .NET mapping, see SqliteFunctions); a culture
// argument or a StringComparison would not translate.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>What the plan pages and endpoints show, projected to what they need; a plan is read where its organisation is in scope or above it.</summary>
public sealed class PlanQueries(AppDbContext db, Guard guard, CurrentAccess access, OrganisationDirectory directory, IClock clock, IndicatorSources sources)
{
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(Guid? organisationId = null)
    {
        var query = db.Plans.AsNoTracking();
        if (organisationId is { } org)
        {
            query = query.Where(p => p.OrganisationId == org);
        }
        // Only the plans the actor may read leave the database (the guard below decides each); a national party has hundreds.
        var reach = await access.ReachAsync();
        if (!reach.Scope.IsAdministrator)
        {
            var readable = (await directory.AllAsync()).Where(o => reach.Reads(o.Id)).Select(o => o.Id).ToList();
            query = query.Where(p => readable.Contains(p.OrganisationId));
        }
        var plans = await query
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, Organisation = o.ShortName ?? o.Name })
            .OrderByDescending(x => x.p.PeriodFrom).ThenBy(x => x.Organisation)
            .Select(x => new { x.p.Id, x.p.OrganisationId, x.Organisation, x.p.Title, x.p.Kind, x.p.PeriodFrom, x.p.PeriodTo, x.p.State, x.p.IsDemo })
            .ToListAsync();
        var visible = new List<PlanSummary>();
        // Counted per plan and status in the database: a handful of rows per plan, not a row per measure.
        var statuses = (await db.Measures.AsNoTracking().Where(m => query.Select(p => p.Id).Contains(m.PlanId))
                .GroupBy(m => new { m.PlanId, m.Status }).Select(g => new { g.Key.PlanId, g.Key.Status, Count = g.Count() }).ToListAsync())
            .ToLookup(m => m.PlanId, m => (m.Status, m.Count));
        foreach (var p in plans)
        {
            if (await guard.ReadsOrganisation(p.OrganisationId))
            {
                var period = new PlanPeriod(p.PeriodFrom, p.PeriodTo);
                var counted = statuses[p.Id].ToList();
                visible.Add(new PlanSummary(p.Id, p.OrganisationId, p.Organisation, p.Title, p.Kind, period.Label, p.State, p.State.Label(), p.IsDemo,
                    counted.Sum(c => c.Count), Progress.Of(counted.SelectMany(c => Enumerable.Repeat(c.Status, c.Count)))));
            }
        }
        return visible;
    }

    public async Task<PlanDetails?> DetailsAsync(Guid planId)
    {
        var p = await db.Plans.AsNoTracking().Where(x => x.Id == planId)
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x, o.Name })
            .SingleOrDefaultAsync();
        if (p is null || !await guard.ReadsOrganisation(p.x.OrganisationId))
        {
            return null;
        }
        var plan = p.x;
        return new PlanDetails(plan.Id, plan.OrganisationId, p.Name, plan.Title, plan.Kind, plan.PeriodFrom.Year, plan.PeriodTo.Year, plan.Period.Label,
            plan.State, plan.State.Label(), plan.AdoptedBy, plan.AdoptedOn?.ToDateOnly(), plan.RolledOverFromId, plan.IsDemo,
            await guard.CoversOrganisation(plan.OrganisationId), plan.Version) { AdoptedAtMeetingId = plan.AdoptedAtMeetingId, Dates = plan.Period };
    }

    /// <summary>What a form in the plan chooses from: the plan, its chapters and its goals (without the counts and revisions of the overview).</summary>
    public async Task<PlanOutline?> OutlineAsync(Guid planId)
    {
        if (await DetailsAsync(planId) is not { } plan)
        {
            return null;
        }
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId).OrderBy(c => c.Order)
            .Select(c => new ChapterItem(c.Id, c.OriginId, c.Number, c.Title, c.Text)).ToListAsync();
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId).OrderBy(g => g.Order)
            .Select(g => new GoalItem(g.Id, g.OriginId, g.ChapterId, g.Text, null)).ToListAsync();
        return new PlanOutline(plan, chapters, goals);
    }

    public async Task<PlanOverview?> OverviewAsync(Guid planId)
    {
        if (await DetailsAsync(planId) is not { } plan)
        {
            return null;
        }
        // The rows the plan's check reads too: the overview carries its content, so a page that shows both reads them once.
        var (chapters, goals, measureRows) = await PlanContents.RowsAsync(db, planId);
        var measures = measureRows.Select(m => new { m.Id, m.ChapterId, m.Status }).ToList();
        var links = measureRows.SelectMany(m => m.Goals.Select(g => new { MeasureId = m.Id, g.GoalId })).ToList();
        var revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.State, r.On, r.Note, r.Author }).ToListAsync();

        var counted = await sources.CurrentAsync(plan.OrganisationId, plan.Dates!, goals.Where(g => g.Indicator is not null).Select(g => (g.Id, g.Indicator!)));
        var statusOf = measures.ToDictionary(m => m.Id, m => m.Status);
        var byGoal = links.ToLookup(l => l.GoalId, l => statusOf[l.MeasureId]);
        var byChapter = measures.ToLookup(m => m.ChapterId, m => m.Status);
        return new PlanOverview(
            plan,
            chapters.Select(c => new ChapterRow(c.Id, c.Number, c.Title, c.Text, c.Order, byChapter[c.Id].Count(), Progress.Of(byChapter[c.Id]), c.Version)).ToList(),
            goals.Select(g => (Goal: g, Indicator: counted.GetValueOrDefault(g.Id) ?? g.Indicator)).Select(x => new GoalRow(x.Goal.Id, x.Goal.ChapterId, x.Goal.Text, x.Goal.Order,
                Indicator(x.Indicator), byGoal[x.Goal.Id].Count(), Progress.Of(byGoal[x.Goal.Id]) ?? x.Indicator?.Progress, x.Goal.Version)).ToList(),
            Enum.GetValues<MeasureStatus>().ToDictionary(s => s, s => measures.Count(m => m.Status == s)),
            Progress.Of(measures.Select(m => m.Status)),
            revisions.Select(r => new RevisionRow(r.Id, r.Number, r.State, r.State.Label(), r.On.ToDateOnly(), r.Note, r.Author)).ToList())
        {
            Content = PlanContents.Of(plan.Title, plan.Dates!, chapters, goals, measureRows),
        };
    }

    /// <summary>One page of a plan's measures, filtered, sorted and cut in the database (the months of a timing and the owner's sort key are kept on the row for that).</summary>
    public async Task<MeasureList?> MeasuresAsync(Guid planId, MeasureFilter filter)
    {
        if (await DetailsAsync(planId) is null)
        {
            return null;
        }
        var today = clock.Today();
        var (types, bodies) = await access.HeldAsync();
        var measures = Filtered(db.Measures.AsNoTracking().Where(m => m.PlanId == planId), filter, today, [.. types], [.. bodies]);
        var rows = measures.GroupJoin(db.Chapters, m => m.ChapterId, c => c.Id, (m, cs) => new { m, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new
            {
                x.m, ChapterNumber = c == null ? null : c.Number, ChapterTitle = c == null ? null : c.Title, ChapterOrder = c == null ? 0 : c.Order,
            });
        var sorted = filter.Sort switch
        {
            "due" => rows.OrderBy(r => r.m.DueOn == null).ThenBy(r => r.m.DueOn).ThenBy(r => r.ChapterOrder).ThenBy(r => r.m.Order),
            "status" => rows.OrderBy(r => r.m.Status).ThenBy(r => r.ChapterOrder).ThenBy(r => r.m.Order),
            "owner" => rows.OrderBy(r => r.m.OwnerSortKey).ThenBy(r => r.ChapterOrder).ThenBy(r => r.m.Order),
            _ => rows.OrderBy(r => r.ChapterOrder).ThenBy(r => r.m.Order),
        };
        var page = await sorted.ThenBy(r => r.m.Id).Select(r => new
        {
            r.m.Id, r.m.ChapterId, r.ChapterNumber, r.ChapterTitle, r.m.Code, r.m.Text, r.m.Category, r.m.OwnerText, r.m.OwnerPositionTypeId, r.m.OwnerBodyId,
            r.m.OwnerOrganisationId, r.m.TimingText, r.m.TimingUnderstood, r.m.TimingUnclear, r.m.DueOn, r.m.Status,
        }).ToPagedAsync(filter.Page, Math.Clamp(filter.PageSize, 1, 500));
        var categories = (await db.Measures.AsNoTracking().Where(m => m.PlanId == planId && m.Category != null).Select(m => m.Category!).Distinct().ToListAsync())
            .Order(NorwegianText.Comparer).ToList();
        var items = page.Select(r => new MeasureRow(r.Id, r.ChapterId, r.ChapterTitle is null ? null : $"{r.ChapterNumber} {r.ChapterTitle}".Trim(), r.Code, r.Text,
            r.Category, r.OwnerText, r.OwnerPositionTypeId is not null || r.OwnerBodyId is not null || r.OwnerOrganisationId is not null,
            r.TimingText, r.TimingUnderstood, r.TimingUnclear, r.DueOn?.ToDateOnly(), r.Status, r.Status.Label(),
            Overdue: r.DueOn is { } due && due < today && r.Status.IsOpen(),
            Mine: r.OwnerPositionTypeId is { } t && types.Contains(t) || r.OwnerBodyId is { } b && bodies.Contains(b)));
        return new MeasureList(items.Items, items.Total, items.Page, items.PageSize, categories);
    }

    /// <summary>Every measure the filter finds, page by page in the database, for the download; at most <see cref="ExportLimit"/>.</summary>
    public async Task<IReadOnlyList<MeasureRow>?> AllMeasuresAsync(Guid planId, MeasureFilter filter)
    {
        var rows = new List<MeasureRow>();
        for (var page = 1; rows.Count < ExportLimit; page++)
        {
            filter.Page = page;
            filter.PageSize = 500;
            if (await MeasuresAsync(planId, filter) is not { } list)
            {
                return null;
            }
            rows.AddRange(list.Items);
            if (rows.Count >= list.Total || list.Items.Count == 0)
            {
                break;
            }
        }
        return rows;
    }

    public const int ExportLimit = 10_000;

    private static IQueryable<Measure> Filtered(IQueryable<Measure> measures, MeasureFilter filter, LocalDate today, List<Guid> types, List<Guid> bodies)
    {
        MeasureStatus[] open = [.. Enum.GetValues<MeasureStatus>().Where(s => s.IsOpen())];
        if (filter.Mine)
        {
            measures = measures.Where(m => m.OwnerPositionTypeId != null && types.Contains(m.OwnerPositionTypeId.Value)
                || m.OwnerBodyId != null && bodies.Contains(m.OwnerBodyId.Value));
        }
        if (filter.Overdue)
        {
            measures = measures.Where(m => m.DueOn != null && m.DueOn < today && open.Contains(m.Status));
        }
        if (filter.DueThisMonth)
        {
            var month = $"|{Timing.MonthKey(today)}|";
            measures = measures.Where(m => m.TimingMonths.Contains(month) && open.Contains(m.Status));
        }
        if (filter.Status is { } status)
        {
            measures = measures.Where(m => m.Status == status);
        }
        if (!string.IsNullOrEmpty(filter.Category))
        {
            measures = measures.Where(m => m.Category == filter.Category);
        }
        if (filter.ChapterId is { } chapter)
        {
            measures = measures.Where(m => m.ChapterId == chapter);
        }
        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            var pattern = $"%{term.ToLowerInvariant()}%";
            measures = measures.Where(m => EF.Functions.Like(m.Text.ToLower(), pattern) || m.Code != null && EF.Functions.Like(m.Code.ToLower(), pattern));
        }
        return measures;
    }

    /// <param name="knownPlan">The measure's plan, when the caller has read it (a measure of another plan is then not found).</param>
    public async Task<MeasureDetails?> MeasureAsync(Guid measureId, PlanDetails? knownPlan = null)
    {
        // The chapter's name and the owner's duties come with the measure: one round trip.
        var row = await db.Measures.AsNoTracking().Where(x => x.Id == measureId).Select(x => new
        {
            Measure = x,
            GoalIds = x.Goals.Select(g => g.GoalId).ToList(),
            Chapter = db.Chapters.Where(c => c.Id == x.ChapterId).Select(c => (c.Number + " " + c.Title).Trim()).FirstOrDefault(),
            Duties = db.PositionTypes.Where(t => t.Id == x.OwnerPositionTypeId).Select(t => t.Duties).FirstOrDefault(),
        }).SingleOrDefaultAsync();
        if (row is null || (knownPlan is not null ? knownPlan.Id == row.Measure.PlanId ? knownPlan : null : await DetailsAsync(row.Measure.PlanId)) is not { } plan)
        {
            return null;
        }
        var (m, chapter) = (row.Measure, row.Chapter);
        var duties = m.OwnerPositionTypeId is null ? [] : PositionType.LinesOf(row.Duties).ToList();
        var notes = await db.StatusNotes.AsNoTracking().Where(n => n.MeasureId == measureId).OrderByDescending(n => n.On).ThenByDescending(n => n.WrittenAt)
            .Select(n => new { n.Id, n.On, n.Status, n.Text, n.Author }).ToListAsync();
        return new MeasureDetails(m.Id, m.PlanId, plan.Title, m.ChapterId, chapter, m.Code, m.Text, m.Category, m.OwnerText, m.Owner.IsKnown, duties,
            m.TimingText, m.TimingKind, m.TimingUnderstood, m.TimingUnclear, m.DueOn?.ToDateOnly(), m.Status, m.Status.Label(), m.StatusOn?.ToDateOnly(), m.Order,
            row.GoalIds,
            notes.Select(n => new NoteRow(n.Id, n.On.ToDateOnly(), n.Status, n.Status.Label(), n.Text, n.Author)).ToList(),
            plan.CanEdit, m.Version);
    }

    /// <summary>The plan's content as plain records, for the check, the diff and revisions.</summary>
    public async Task<PlanContent?> ContentAsync(Guid planId) => await DetailsAsync(planId) is { } plan ? await ContentAsync(plan) : null;

    /// <summary>The content of a plan the caller has read (and so may read): its rows, not the plan again.</summary>
    public async Task<PlanContent> ContentAsync(PlanDetails plan)
    {
        var (chapters, goals, measures) = await PlanContents.RowsAsync(db, plan.Id);
        return PlanContents.Of(plan.Title, plan.Dates!, chapters, goals, measures);
    }

    /// <summary>
    /// The contents of several plans the caller has read, in three queries whatever their number: the comparison of two plans
    /// would otherwise read each plan's chapters, goals and measures on their own.
    /// </summary>
    public async Task<IReadOnlyList<PlanContent>> ContentsAsync(IReadOnlyList<PlanDetails> plans)
    {
        var (chapters, goals, measures) = await PlanContents.RowsAsync(db, [.. plans.Select(p => p.Id).Distinct()]);
        return [.. plans.Select(p => PlanContents.Of(p.Title, p.Dates!, [.. chapters[p.Id]], [.. goals[p.Id]], [.. measures[p.Id]]))];
    }

    /// <summary>Names a measure's owner can be given: the position types and the organisation's bodies.</summary>
    public async Task<IReadOnlyList<string>> OwnerNamesAsync(Guid organisationId)
    {
        var party = await directory.PartyOfAsync(organisationId);
        var types = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).Select(b => b.Name).ToListAsync();
        return bodies.Concat(types).Distinct().ToList();
    }

    private static IndicatorRow? Indicator(Indicator? i) => i is null ? null
        : new IndicatorRow(i.Name, i.Unit, i.Baseline, i.BaselineOn?.ToDateOnly(), i.Target, i.TargetOn?.ToDateOnly(), i.Current, i.CurrentOn?.ToDateOnly(), i.Progress,
            i.Source.CountedFrom()) { Source = i.Source };
}

/// <summary>Loads a plan's content without access checks: for use cases that have checked already.</summary>
public static class PlanContents
{
    public static async Task<PlanContent> LoadAsync(AppDbContext db, Guid planId)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Title, p.PeriodFrom, p.PeriodTo }).SingleAsync();
        var (chapters, goals, measures) = await RowsAsync(db, planId);
        return Of(plan.Title, new PlanPeriod(plan.PeriodFrom, plan.PeriodTo), chapters, goals, measures);
    }

    /// <summary>A plan's chapters, goals and measures (with the goals each serves), in their order.</summary>
    public static async Task<(List<Chapter> Chapters, List<Goal> Goals, List<Measure> Measures)> RowsAsync(AppDbContext db, Guid planId)
    {
        var (chapters, goals, measures) = await RowsAsync(db, [planId]);
        return ([.. chapters[planId]], [.. goals[planId]], [.. measures[planId]]);
    }

    /// <summary>The same for several plans, by plan, in three queries whatever their number.</summary>
    public static async Task<(ILookup<Guid, Chapter> Chapters, ILookup<Guid, Goal> Goals, ILookup<Guid, Measure> Measures)> RowsAsync(AppDbContext db,
        IReadOnlyList<Guid> planIds) =>
        ((await db.Chapters.AsNoTracking().Where(c => planIds.Contains(c.PlanId)).OrderBy(c => c.Order).ToListAsync()).ToLookup(c => c.PlanId),
            (await db.Goals.AsNoTracking().Where(g => planIds.Contains(g.PlanId)).OrderBy(g => g.Order).ToListAsync()).ToLookup(g => g.PlanId),
            (await db.Measures.AsNoTracking().Include(m => m.Goals).Where(m => planIds.Contains(m.PlanId)).OrderBy(m => m.Order).ToListAsync()).ToLookup(m => m.PlanId));

    /// <summary>The content of a plan from its rows as <see cref="RowsAsync(AppDbContext, Guid)"/> reads them.</summary>
    public static PlanContent Of(string title, PlanPeriod period, IReadOnlyList<Chapter> chapters, IReadOnlyList<Goal> goals, IReadOnlyList<Measure> measures)
    {
        var chapterOrder = chapters.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new PlanContent(title, period, [.. chapters.Select(c => new ChapterItem(c.Id, c.OriginId, c.Number, c.Title, c.Text))],
            goals.Select(g => new GoalItem(g.Id, g.OriginId, g.ChapterId, g.Text, g.Indicator is { } i ? IndicatorText(i) : null)).ToList(),
            measures.OrderBy(m => m.ChapterId is { } c && chapterOrder.TryGetValue(c, out var o) ? o : -1).ThenBy(m => m.Order)
                .Select(m => new MeasureItem(m.Id, m.OriginId, m.ChapterId, m.Code, m.Text, m.Category, m.OwnerText, m.Owner.IsKnown, m.TimingText,
                    m.Timing.IsUnderstood, m.TimingUnclear, m.Status,
                    m.Goals.Select(g => g.GoalId).ToList()))
                .ToList());
    }

    private static string IndicatorText(Indicator i) =>
        $"{i.Name}: {i.Baseline?.ToString("0.##", CultureInfo.GetCultureInfo("nb-NO")) ?? "?"} → {i.Target?.ToString("0.##", CultureInfo.GetCultureInfo("nb-NO")) ?? "?"} {i.Unit}".Trim();
}
