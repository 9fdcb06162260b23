using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Domain.Resolutions;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>The annual report's sections on what the organisation and its branches did: events, study work, resolutions, media and the affiliates.</summary>
public sealed class AnnualReportActivity(AppDbContext db, OrganisationDirectory directory)
{
    /// <summary>
    /// The events the organisation hosted in the year (wherever they are stored, as Hedmark's board meetings in Innlandet's plan), by kind
    /// and month. A repeating event counts once, on its first day.
    /// </summary>
    public async Task<ReportSection?> DatePlanAsync(Guid organisationId, int year)
    {
        var (first, last) = Year(year);
        var events = (await db.Events.AsNoTracking()
                .Where(Event.OrganisedBy(organisationId)).Where(e => e.StartDate >= first && e.StartDate <= last && e.Status != EventStatus.Draft)
                .OrderBy(e => e.StartDate).Select(e => new { e.KindId, e.StartDate, e.Status }).Take(20_000).ToListAsync())
            .GroupBy(e => new { e.KindId, e.StartDate.Month, Cancelled = e.Status == EventStatus.Cancelled })
            .Select(g => new { g.Key.KindId, g.Key.Month, g.Key.Cancelled, Count = g.Count() }).ToList();
        if (events.Count == 0)
        {
            return null;
        }
        var kinds = await db.EventKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => new { k.Name, k.Order });
        var held = events.Where(e => !e.Cancelled).ToList();
        var byKind = held.GroupBy(e => e.KindId).OrderBy(g => kinds[g.Key].Order).Select(g => (kinds[g.Key].Name, g.Sum(e => e.Count))).ToList();
        var months = new ReportTable("Arrangementer per måned", ["Måned", "Holdt", "Avlyst"],
            [.. Enumerable.Range(1, 12).Where(m => events.Any(e => e.Month == m)).Select(m => (IReadOnlyList<string>)[NorwegianDates.MonthTitle(m),
                $"{held.Where(e => e.Month == m).Sum(e => e.Count)}", $"{events.Where(e => e.Month == m && e.Cancelled).Sum(e => e.Count)}"])]);
        var kindTable = new ReportTable("Arrangementer etter type", ["Type", "Holdt"], [.. byKind.Select(k => (IReadOnlyList<string>)[k.Name, $"{k.Item2}"])]);
        var cancelled = events.Where(e => e.Cancelled).Sum(e => e.Count);
        var perMonth = new ReportChart("Arrangementer holdt per måned", ChartKind.Bars, [.. NorwegianDates.MonthNames.Select(m => m[..3])],
            [new ChartSeries("Holdt", [.. Enumerable.Range(1, 12).Select(m => (double)held.Where(e => e.Month == m).Sum(e => e.Count))])]);
        return new ReportSection(ReportSectionKind.DatePlan,
            [new("Arrangementer holdt", $"{held.Sum(e => e.Count)}"), new("Avlyst", $"{cancelled}")], [kindTable, months],
            ReportDrafts.DatePlan(year, held.Sum(e => e.Count), cancelled, byKind)) { Charts = [perMonth] };
    }

    /// <summary>The study circles of the organisation and those below it that ended in the year, against the year before.</summary>
    public async Task<ReportSection?> StudyAsync(Guid organisationId, int year)
    {
        var subtree = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        var (first, last) = Year(year);
        // Grouped by whether the circle ended this year, which the database compares as dates.
        var decade = await db.StudyCircles.AsNoTracking()
            .Where(c => EF.Parameter(subtree).Contains(c.OrganisationId) && c.EndsOn >= first.PlusYears(-(ChartYears - 1)) && c.EndsOn <= last)
            .GroupBy(YearOf<Domain.Study.StudyCircle>(c => c.EndsOn, year))
            .Select(g => new { Year = g.Key, Circles = g.Count(), Participants = g.Sum(c => c.Participants), Hours = g.Sum(c => c.Hours) })
            .ToListAsync();
        var years = decade.Where(y => y.Year >= year - 1).ToList();
        if (years.FirstOrDefault(y => y.Year == year) is not { } now)
        {
            return null;
        }
        var before = years.FirstOrDefault(y => y.Year == year - 1);
        var table = new ReportTable("Studiearbeid mot året før", ["", $"{year - 1}", $"{year}"],
        [
            ["Studieringer", $"{before?.Circles ?? 0}", $"{now.Circles}"],
            ["Deltakere", $"{before?.Participants ?? 0}", $"{now.Participants}"],
            ["Studietimer", $"{before?.Hours ?? 0}", $"{now.Hours}"],
        ]);
        var from = decade.Min(y => y.Year);
        var hours = new ReportChart("Studietimer per år", ChartKind.Bars, [.. Enumerable.Range(from, year - from + 1).Select(y => $"{y}")],
            [new ChartSeries("Studietimer", [.. Enumerable.Range(from, year - from + 1).Select(y => (double)(decade.FirstOrDefault(d => d.Year == y)?.Hours ?? 0))])]);
        return new ReportSection(ReportSectionKind.Study,
            [new("Studieringer", $"{now.Circles}"), new("Deltakere", $"{now.Participants}"), new("Studietimer", $"{now.Hours}"), new($"Studietimer {year - 1}", $"{before?.Hours ?? 0}")],
            [table], ReportDrafts.Study(year, now.Circles, now.Participants, now.Hours, before?.Hours)) { Charts = from < year ? [hours] : [] };
    }

    /// <summary>The resolutions and statements adopted in the year with their follow-up, and the media coverage logged.</summary>
    public async Task<ReportSection?> ResolutionsAsync(Guid organisationId, int year)
    {
        var (first, last) = Year(year);
        var texts = await db.Resolutions.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.AdoptedOn >= first && r.AdoptedOn <= last).OrderBy(r => r.AdoptedOn)
            .Select(r => new
            {
                r.Kind, r.Title, r.AdoptedOn,
                Steps = db.ResolutionSteps.Count(s => s.ResolutionId == r.Id),
                Done = db.ResolutionSteps.Count(s => s.ResolutionId == r.Id && s.Status == MeasureStatus.Done),
            }).ToListAsync();
        var media = await db.MediaItems.AsNoTracking().CountAsync(m => m.OrganisationId == organisationId && m.PublishedOn >= first && m.PublishedOn <= last);
        if (texts.Count == 0 && media == 0)
        {
            return null;
        }
        var table = new ReportTable("Resolusjoner og uttalelser", ["Vedtatt", "Tittel", "Type", "Oppfølging"],
            [.. texts.Select(t => (IReadOnlyList<string>)[Domain.Common.NorwegianTime.Format(t.AdoptedOn), t.Title, t.Kind == ResolutionKind.Resolution ? "Resolusjon" : "Uttalelse",
                t.Steps == 0 ? "" : $"{t.Done} av {t.Steps} steg"])]);
        var resolutions = texts.Count(t => t.Kind == ResolutionKind.Resolution);
        return new ReportSection(ReportSectionKind.Resolutions,
            [new("Resolusjoner", $"{resolutions}"), new("Uttalelser", $"{texts.Count - resolutions}"), new("Medieoppslag", $"{media}")], texts.Count == 0 ? [] : [table],
            ReportDrafts.Resolutions(resolutions, texts.Count - resolutions, texts.Sum(t => t.Steps), texts.Sum(t => t.Done), media));
    }

    /// <summary>
    /// The affiliates right under the organisation (youth, women) and where their own reports for the year stand: adopted, sent in,
    /// or not there; the reports themselves are read on their own pages. No affiliates, no section.
    /// </summary>
    public async Task<ReportSection?> AffiliatesAsync(Guid organisationId, int year)
    {
        var affiliates = await db.Organisations.AsNoTracking().Where(o => o.ParentId == organisationId && o.Kind == OrganisationKind.Affiliate)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Name, Report = db.AnnualReports.Where(r => r.OrganisationId == o.Id && r.Year == year).Select(r => new { r.State, r.AdoptedOn, r.SubmittedAt }).FirstOrDefault() })
            .ToListAsync();
        if (affiliates.Count == 0)
        {
            return null;
        }
        string Stand(ReportState state, LocalDate? adopted, Instant? sent) => state == ReportState.Adopted && adopted is { } on ? $"Vedtatt {NorwegianDate(on)}"
            : sent is { } at ? $"Sendt inn {Domain.Common.NorwegianTime.Format(at)}" : "Under arbeid";
        var rows = affiliates.Select(a => (IReadOnlyList<string>)[a.Name, a.Report is null ? "Ikke levert" : Stand(a.Report.State, a.Report.AdoptedOn, a.Report.SubmittedAt)]).ToList();
        var reportsIn = affiliates.Count(a => a.Report is { } r && (r.State == ReportState.Adopted || r.SubmittedAt is not null));
        return new ReportSection(ReportSectionKind.Affiliates, [new("Sideorganisasjoner", $"{affiliates.Count}"), new("Årsmelding levert", $"{reportsIn}")],
            [new ReportTable("Sideorganisasjonenes årsmeldinger", ["Organisasjon", "Årsmelding"], rows)], ReportDrafts.Affiliates(affiliates.Count, reportsIn));
    }

    private static string NorwegianDate(LocalDate date) => Domain.Common.NorwegianTime.Format(date);

    /// <summary>How many years a chart over time reaches back.</summary>
    public const int ChartYears = 10;

    internal static (LocalDate First, LocalDate Last) Year(int year) => (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>
    /// The calendar year of a date as comparisons the database can run (NodaTime's <c>Year</c> does not translate): the year itself
    /// for dates on or after its 1 January, else the year before, and so on back over the chart's years.
    /// </summary>
    internal static Expression<Func<T, int>> YearOf<T>(Expression<Func<T, LocalDate>> date, int year)
    {
        Expression body = Expression.Constant(year - ChartYears + 1);
        for (var y = year - ChartYears + 2; y <= year; y++)
        {
            body = Expression.Condition(
                Expression.GreaterThanOrEqual(date.Body, Expression.Constant(new LocalDate(y, 1, 1))),
                Expression.Constant(y), body);
        }
        return Expression.Lambda<Func<T, int>>(body, date.Parameters);
    }
}
