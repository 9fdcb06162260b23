using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The annual report's sections as the year's data gives them, each read with a few projected queries: a section appears only when
/// its data exists. The caller has checked the actor's scope; this reads what the organisation holds.
/// </summary>
public sealed class AnnualReportData(AppDbContext db, OrganisationDirectory directory, MemberQueries members, MemberHistory history,
    RecruitmentService recruitment, AnnualReportActivity activity, ReportFinances finances, ReportBranches branches,
    ReportElections elections)
{
    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid organisationId, int year)
    {
        var name = (await directory.FindAsync(organisationId))?.DisplayName ?? "";
        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var sections = new List<ReportSection?>
        {
            await OrganisationAsync(organisationId, name, first, last),
            await BoardWorkAsync(organisationId, year),
            await WorkPlanAsync(organisationId, year),
            await activity.DatePlanAsync(organisationId, year),
            await MembersAsync(organisationId, name, year),
            await activity.StudyAsync(organisationId, year),
            await branches.SectionAsync(organisationId, year),
            await elections.SectionAsync(organisationId, year),
            await activity.ResolutionsAsync(organisationId, year),
            await finances.SectionAsync(organisationId, year),
            await activity.AffiliatesAsync(organisationId, year),
        };
        return [.. sections.OfType<ReportSection>()];
    }

    /// <summary>The offices on the organisation and its bodies held at some time in the year, and how many changed hands.</summary>
    private async Task<ReportSection?> OrganisationAsync(Guid organisationId, string name, LocalDate first, LocalDate last)
    {
        var rows = await db.Positions.AsNoTracking()
            .Where(p => (p.OrganisationId == organisationId || db.Bodies.Any(b => b.Id == p.BodyId && b.OrganisationId == organisationId && b.Kind != BodyKind.AnnualMeeting))
                && p.Term.From <= last && (p.Term.To == null || p.Term.To >= first))
            .Select(p => new
            {
                p.Term.From, p.Term.To,
                Type = db.PositionTypes.Where(t => t.Id == p.PositionTypeId).Select(t => new { t.Name, t.SortOrder }).First(),
                Person = db.Persons.Where(x => x.Id == p.PersonId).Select(x => x.Name).First(),
                Body = db.Bodies.Where(b => b.Id == p.BodyId).Select(b => b.Name).FirstOrDefault(),
            }).OrderBy(p => p.From).Take(500).ToListAsync();
        if (rows.Count == 0)
        {
            return null;
        }
        var publicOffices = await PublicOfficesAsync(organisationId, first, last);
        var atEnd = rows.Count(r => r.To is null || r.To >= last);
        var changed = rows.Count(r => r.From > first);
        var table = new ReportTable("Verv i året", ["Verv", "Navn", "Hvor", "Periode"],
            [.. rows.OrderBy(r => r.Body ?? "").ThenBy(r => r.Type.SortOrder).ThenBy(r => r.Person, NorwegianText.Comparer)
                .Select(r => (IReadOnlyList<string>)[r.Type.Name, r.Person, r.Body ?? name, $"{NorwegianTime.Format(r.From)}–{(r.To is { } to ? NorwegianTime.Format(to) : "")}"])]);
        var elected = publicOffices.Count == 0 ? [] : new[]
        {
            new ReportTable("Folkevalgte", ["Verv", "Antall"], [.. publicOffices.Select(p => (IReadOnlyList<string>)[p.Kind.Label(), $"{p.Count}"])]),
        };
        return new ReportSection(ReportSectionKind.Organisation,
            [new("Verv ved årets slutt", $"{atEnd}"), new("Nye i verv i året", $"{changed}"), new("Folkevalgte verv", $"{publicOffices.Sum(p => p.Count)}")],
            [table, .. elected], ReportDrafts.Organisation(name, atEnd, changed));
    }

    /// <summary>The public offices (mayors, councillors …) held in the year by people of the organisation and those below it, by kind.</summary>
    private async Task<List<(PublicOfficeKind Kind, int Count)>> PublicOfficesAsync(Guid organisationId, LocalDate first, LocalDate last)
    {
        var subtree = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        var counts = await db.PublicOffices.AsNoTracking()
            .Where(o => o.Term.From <= last && (o.Term.To == null || o.Term.To >= first) && db.Persons.Any(p => p.Id == o.PersonId && EF.Parameter(subtree).Contains(p.OrganisationId)))
            .GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return [.. counts.OrderBy(c => c.Key).Select(c => (c.Key, c.Count))];
    }

    /// <summary>The meetings held per body, the cases they handled, the executive committee's decisions and the attendance recorded.</summary>
    private async Task<ReportSection?> BoardWorkAsync(Guid organisationId, int year)
    {
        var (from, to) = (new LocalDate(year, 1, 1).AtMidnight(), new LocalDate(year + 1, 1, 1).AtMidnight());
        var held = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.Status == MeetingStatus.Held && m.StartsAt >= from && m.StartsAt < to)
            .Select(m => new { m.Id, m.BodyId }).ToListAsync();
        if (held.Count == 0)
        {
            return null;
        }
        var meetingIds = held.Select(h => h.Id).ToList();
        var cases = await db.MeetingCases.AsNoTracking().Where(c => meetingIds.Contains(c.MeetingId)).GroupBy(c => c.MeetingId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var attendance = await db.Attendances.AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId) && a.Present != null).GroupBy(a => a.MeetingId)
            .Select(g => new { g.Key, Present = g.Count(a => a.Present == true), Recorded = g.Count() }).ToDictionaryAsync(x => x.Key);
        var bodies = held.GroupBy(h => h.BodyId).Select(g => new
        {
            BodyId = g.Key,
            Meetings = g.Count(),
            Cases = g.Sum(m => cases.GetValueOrDefault(m.Id)),
            Present = g.Sum(m => attendance.TryGetValue(m.Id, out var a) ? a.Present : 0),
            Recorded = g.Sum(m => attendance.TryGetValue(m.Id, out var a) ? a.Recorded : 0),
        }).ToList();
        var ids = bodies.Select(b => b.BodyId).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => new { b.Name, b.Kind });
        var (firstDay, lastDay) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var executive = await db.Decisions.AsNoTracking().CountAsync(d => d.OrganisationId == organisationId && d.DecidedOn >= firstDay && d.DecidedOn <= lastDay
            && db.Bodies.Any(b => b.Id == d.BodyId && b.Kind == BodyKind.ExecutiveCommittee));
        var ordered = bodies.OrderBy(b => names[b.BodyId].Kind).ThenBy(b => names[b.BodyId].Name, NorwegianText.Comparer).ToList();
        var table = new ReportTable("Møter og saker per organ", ["Organ", "Møter", "Saker", "Oppmøte"],
            [.. ordered.Select(b => (IReadOnlyList<string>)[names[b.BodyId].Name, $"{b.Meetings}", $"{b.Cases}",
                b.Recorded == 0 ? "" : $"{Math.Round(100.0 * b.Present / b.Recorded)} %"])]);
        return new ReportSection(ReportSectionKind.BoardWork,
            [new("Møter holdt", $"{bodies.Sum(b => b.Meetings)}"), new("Saker behandlet", $"{bodies.Sum(b => b.Cases)}"), new("Vedtak i arbeidsutvalget", $"{executive}")],
            [table], ReportDrafts.BoardWork([.. ordered.Select(b => (names[b.BodyId].Name, b.Meetings, b.Cases))], executive));
    }

    /// <summary>The year's work plan (the adopted one, or the newest): every measure with its status and last note, and counts per chapter.</summary>
    private async Task<ReportSection?> WorkPlanAsync(Guid organisationId, int year)
    {
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.PeriodFrom <= new LocalDate(year, 12, 31) && p.PeriodTo >= new LocalDate(year, 1, 1))
            .OrderByDescending(p => p.State == PlanState.Adopted || p.State == PlanState.Revised).ThenByDescending(p => p.PeriodFrom)
            .Select(p => new { p.Id, p.Title }).FirstOrDefaultAsync();
        if (plan is null)
        {
            return null;
        }
        var measures = await db.Measures.AsNoTracking().Where(m => m.PlanId == plan.Id).OrderBy(m => m.Order)
            .Select(m => new
            {
                m.Text, m.Status, m.ChapterId,
                Chapter = db.Chapters.Where(c => c.Id == m.ChapterId).Select(c => new { c.Title, c.Order }).FirstOrDefault(),
                Note = db.StatusNotes.Where(n => n.MeasureId == m.Id).OrderByDescending(n => n.On).ThenByDescending(n => n.WrittenAt).Select(n => n.Text).FirstOrDefault(),
            }).ToListAsync();
        int Count(params MeasureStatus[] statuses) => measures.Count(m => statuses.Contains(m.Status));
        var chapters = new ReportTable("Framdrift per kapittel", ["Kapittel", "Tiltak", "Gjennomført", "I gang", "Ikke startet", "Utgått eller utsatt"],
            [.. measures.GroupBy(m => m.Chapter).OrderBy(g => g.Key?.Order ?? int.MaxValue)
                .Select(g => (IReadOnlyList<string>)[g.Key?.Title ?? "Uten kapittel", $"{g.Count()}", $"{g.Count(m => m.Status == MeasureStatus.Done)}",
                    $"{g.Count(m => m.Status == MeasureStatus.UnderWay)}", $"{g.Count(m => m.Status == MeasureStatus.NotStarted)}",
                    $"{g.Count(m => m.Status is MeasureStatus.Dropped or MeasureStatus.Postponed)}"])]);
        var rows = new ReportTable("Tiltakene", ["Tiltak", "Status", "Siste merknad"],
            [.. measures.Select(m => (IReadOnlyList<string>)[m.Text, m.Status.Label(), m.Note ?? ""])]);
        var (goals, reached) = await GoalsAsync(plan.Id);
        return new ReportSection(ReportSectionKind.WorkPlan,
            [new("Tiltak", $"{measures.Count}"), new("Gjennomført", $"{Count(MeasureStatus.Done)}"), new("I gang", $"{Count(MeasureStatus.UnderWay)}"),
                new("Ikke startet", $"{Count(MeasureStatus.NotStarted)}"), new("Utgått eller utsatt", $"{Count(MeasureStatus.Dropped, MeasureStatus.Postponed)}"),
                .. goals is null ? Array.Empty<ReportFigure>() : [new("Mål", $"{goals.Rows.Count}"), new("Mål nådd", $"{reached}")]],
            [chapters, .. goals is null ? Array.Empty<ReportTable>() : [goals], rows],
            ReportDrafts.WorkPlan(plan.Title, measures.Count, Count(MeasureStatus.Done), Count(MeasureStatus.UnderWay), Count(MeasureStatus.NotStarted),
                Count(MeasureStatus.Dropped, MeasureStatus.Postponed)))
        { Charts = chapters.Rows.Count > 0 ? [ProgressChart(chapters)] : [] };
    }

    /// <summary>
    /// The plan's goals with their indicator (starting point, target, last measured) and how many of the measures serving each
    /// are done; a goal is reached when the last measured value is at its target. Null when the plan has no goals.
    /// </summary>
    private async Task<(ReportTable? Table, int Reached)> GoalsAsync(Guid planId)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId).OrderBy(g => g.Order)
            .Select(g => new
            {
                g.Text, g.IndicatorName, g.IndicatorUnit, g.Baseline, g.BaselineOn, g.Target, g.TargetOn, g.Current, g.CurrentOn,
                Measures = db.MeasureGoals.Count(l => l.GoalId == g.Id),
                Done = db.MeasureGoals.Count(l => l.GoalId == g.Id && db.Measures.Any(m => m.Id == l.MeasureId && m.Status == MeasureStatus.Done)),
            }).ToListAsync();
        if (goals.Count == 0)
        {
            return (null, 0);
        }
        static string Value(decimal? value, string? unit, LocalDate? on) => value is { } v
            ? $"{v.ToString("#,0.##", NorwegianNumbers)}{(unit is null ? "" : $" {unit}")}{(on is { } d ? $" ({NorwegianTime.Format(d)})" : "")}" : "";
        var table = new ReportTable("Mål og indikatorer", ["Mål", "Indikator", "Utgangspunkt", "Mål for indikatoren", "Sist målt", "Tiltak gjennomført"],
            [.. goals.Select(g => (IReadOnlyList<string>)[g.Text, g.IndicatorName ?? "", Value(g.Baseline, g.IndicatorUnit, g.BaselineOn),
                Value(g.Target, g.IndicatorUnit, g.TargetOn), Value(g.Current, g.IndicatorUnit, g.CurrentOn), g.Measures == 0 ? "" : $"{g.Done} av {g.Measures}"])]);
        return (table, goals.Count(g => g.Target is { } target && g.Current >= target));
    }

    private static readonly System.Globalization.CultureInfo NorwegianNumbers = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Paying members at the year's end and the year before, the new and the lapsed, per region.</summary>
    private async Task<ReportSection?> MembersAsync(Guid organisationId, string name, int year)
    {
        var stats = await members.StatisticsAsync(organisationId, new DateOnly(year, 12, 31));
        if (stats is null || stats.Latest is null)
        {
            return null;
        }
        if (stats.OrganisationId != organisationId)
        {
            // A branch is followed up from its county, whose figures come back: the report keeps the branch's own.
            var own = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToHashSet();
            var rows = stats.Branches.Where(b => own.Contains(b.BranchId)).ToList();
            stats = stats with { Branches = rows, Regions = [.. rows.GroupBy(r => r.Region).Select(g => MemberTotals.Of(g.Key, g))], Total = MemberTotals.Of(name, rows) };
        }
        var latest = LocalDate.FromDateOnly(stats.Latest.Value);
        if (latest.Year < year)
        {
            // No count from the year itself yet (the year-end import comes in January): the last one is said as the last one.
            return new ReportSection(ReportSectionKind.Members, [new($"Betalende {NorwegianTime.Format(latest)}", $"{stats.Total.Paying}")], [],
                ReportDrafts.MembersNotYetCounted(year, latest, stats.Total.Paying));
        }
        var total = stats.Total;
        var regions = new ReportTable("Betalende medlemmer per region", ["Region", $"31.12.{year - 1}", $"{NorwegianTime.Format(LocalDate.FromDateOnly(stats.Latest.Value))}", "Nye", "Utmeldte"],
            [.. stats.Regions.Select(r => (IReadOnlyList<string>)[r.Name, $"{r.LastYearEnd}", $"{r.Paying}", $"{r.New}", $"{r.Lapsed}"])]);
        return new ReportSection(ReportSectionKind.Members,
            [new($"Betalende {NorwegianTime.Format(LocalDate.FromDateOnly(stats.Latest.Value))}", $"{total.Paying}"), new($"Betalende 31.12.{year - 1}", $"{total.LastYearEnd}"),
                new("Endring", $"{total.Paying - total.LastYearEnd:+#;-#;0}"), new("Nye", $"{total.New}"), new("Utmeldte", $"{total.Lapsed}")],
            [regions, .. GenderAndAge(stats.Branches), .. await CampaignsAsync(organisationId, year)], ReportDrafts.Members(name, year, total.Paying, total.LastYearEnd > 0 ? total.LastYearEnd : null, total.New, total.Lapsed))
        { Charts = await history.ChartAsync(organisationId, year) is { } chart ? [chart] : [] };
    }

    /// <summary>The chapters' progress as stacked bars: done, under way, not started, dropped or postponed, from the chapter table's own numbers.</summary>
    private static ReportChart ProgressChart(ReportTable chapters)
    {
        static double N(string cell) => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
        var labels = chapters.Rows.Select(r => r[0].Length > 18 ? r[0][..17].TrimEnd() + "…" : r[0]).ToList();
        return new ReportChart("Framdrift per kapittel", ChartKind.Stacked, labels,
            [.. new[] { (2, "Gjennomført"), (3, "I gang"), (4, "Ikke startet"), (5, "Utgått eller utsatt") }.Select(c => new ChartSeries(c.Item2, [.. chapters.Rows.Select(r => N(r[c.Item1]))]))]);
    }

    /// <summary>The recruitment campaigns that ran in the year, with what they recruited and the three branches that recruited most.</summary>
    private async Task<IEnumerable<ReportTable>> CampaignsAsync(Guid organisationId, int year)
    {
        var campaigns = (await recruitment.CampaignsAsync(organisationId, wholeOrganisation: true)).Where(c => c.From.Year <= year && c.To.Year >= year).OrderBy(c => c.From).ToList();
        return campaigns.Count == 0 ? [] :
        [
            new ReportTable("Vervekampanjer", ["Kampanje", "Periode", "Vervet", "Mål", "Vinnere"],
                [.. campaigns.Select(c => (IReadOnlyList<string>)[c.Name, $"{NorwegianTime.Format(LocalDate.FromDateOnly(c.From))}–{NorwegianTime.Format(LocalDate.FromDateOnly(c.To))}",
                    $"{c.Recruited}", c.Target > 0 ? $"{c.Target}" : "", string.Join(", ", c.Leaderboard.Take(3).Select(l => $"{l.Place}. {l.Branch} ({l.Recruited})"))])]),
        ];
    }

    /// <summary>The paying members by gender and age band at the count, when the register's export carried them.</summary>
    private static IEnumerable<ReportTable> GenderAndAge(IReadOnlyList<MemberStatRow> branches)
    {
        var (women, men, under30, under40) = (branches.Sum(b => b.Women), branches.Sum(b => b.Men), branches.Sum(b => b.Under30), branches.Sum(b => b.Under40));
        if (women + men + under30 + under40 > 0)
        {
            yield return new ReportTable("Kjønn og alder", ["", "Antall"], [["Kvinner", $"{women}"], ["Menn", $"{men}"], ["Under 30 år", $"{under30}"], ["Under 40 år", $"{under40}"]]);
        }
    }
}
