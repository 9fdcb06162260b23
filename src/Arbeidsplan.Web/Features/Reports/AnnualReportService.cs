using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The annual report (Årsmelding): a draft those who cover the organisation read and rewrite section by section, each rewrite kept
/// as a revision; adopted (by the annual meeting) it is frozen and read by all who read the organisation, until reopened with a reason.
/// </summary>
public sealed class AnnualReportService(AppDbContext db, Guard guard, CurrentAccess access, AnnualReportData data, OrganisationDirectory directory, IClock clock)
{
    public const int EarlierShown = 10;

    /// <summary>
    /// The plans the annual meeting that treats this report also treats: the organisation's plans for the year and the next, whose
    /// documents (Word and PDF) the reports page offers beside the report. Only for those who may read the plans.
    /// </summary>
    public async Task<IReadOnlyList<NamedItem>> PlansForTheMeetingAsync(Guid organisationId, int year)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return [];
        }
        var (from, to) = (new LocalDate(year, 1, 1), new LocalDate(year + 1, 12, 31));
        return await db.Plans.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.PeriodFrom <= to && p.PeriodTo >= from)
            .OrderByDescending(p => p.PeriodFrom).Select(p => new NamedItem(p.Id, p.Title)).Take(10).ToListAsync();
    }

    public async Task<AnnualReportView?> ViewAsync(Guid organisationId, int year)
    {
        if (year is < 2000 or > 2100 || await directory.FindAsync(organisationId) is not { } organisation)
        {
            return null;
        }
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == year);
        var covers = await guard.CoversOrganisation(organisationId);
        if (!covers && !(report is { State: ReportState.Adopted } && await guard.ReadsOrganisation(organisationId)))
        {
            return null;
        }
        var texts = report is null ? [] : await db.ReportTexts.AsNoTracking().Where(t => t.ReportId == report.Id).ToDictionaryAsync(t => t.Kind);
        var textIds = texts.Values.Select(t => t.Id).ToList();
        var earlier = (await db.ReportTextRevisions.AsNoTracking().Where(r => textIds.Contains(r.TextId)).OrderByDescending(r => r.Revision).ToListAsync())
            .ToLookup(r => r.TextId);
        var lastYear = await LastYearsFiguresAsync(organisationId, year);
        var joint = await JointBoardAsync(organisationId);
        var sections = (await data.SectionsAsync(organisationId, year)).Select(s => texts.GetValueOrDefault(s.Kind) is { } t
            ? new ReportSectionView(s.Kind, s.Title, s.Figures, s.Tables, s.Draft, t.Text, t.Author, t.WrittenAt, t.Revision, t.Fingerprint != s.Fingerprint, t.Version,
                [.. earlier[t.Id].Skip(1).Take(EarlierShown).Select(r => new ReportRevisionRow(r.Revision, r.Author, r.At, r.Text))])
            {
                Charts = s.Charts, LastYear = lastYear?.GetValueOrDefault(s.Kind),
            }
            : new ReportSectionView(s.Kind, s.Title, s.Figures, s.Tables, s.Draft, null, null, null, 0, false, 0, [])
            {
                Charts = s.Charts, LastYear = lastYear?.GetValueOrDefault(s.Kind),
            }).ToList();
        return new AnnualReportView(organisationId, organisation.DisplayName, year, report?.State ?? ReportState.Draft, report?.AdoptedOn, report?.AdoptedAtMeetingId,
            report?.ReopenedBecause, covers && report?.State != ReportState.Adopted, report?.Version ?? 0, sections)
        {
            SubmittedAt = report?.SubmittedAt, SubmittedBy = report?.SubmittedBy, CanSubmit = covers && organisation.ParentId is not null,
            ChangedSinceSubmitted = report?.SubmittedAt is { } at && texts.Values.Any(t => t.WrittenAt > at),
            JointBoard = joint?.Name, PresentedTo = joint?.PresentedTo ?? [],
            AdoptedInCaseId = report?.AdoptedAtMeetingId is { } meeting ? await ReportCaseAsync(meeting) : null,
        };
    }

    /// <summary>The case on a meeting's agenda that treats the annual report: the annual meeting's standard «Årsmelding».</summary>
    private async Task<Guid?> ReportCaseAsync(Guid meetingId) =>
        await db.MeetingCases.AsNoTracking().Where(c => c.MeetingId == meetingId && c.Title.StartsWith(ReportCaseTitle))
            .OrderBy(c => c.Position).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();

    private const string ReportCaseTitle = "Årsmelding";

    /// <summary>The organisation's board when it draws its members from other organisations, and the names of those organisations.</summary>
    private async Task<(string Name, IReadOnlyList<string> PresentedTo)?> JointBoardAsync(Guid organisationId)
    {
        var board = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId && b.Kind == Domain.Register.BodyKind.Board && b.MemberOrganisations.Any())
            .OrderBy(b => b.Name).Select(b => new { b.Name, Members = b.MemberOrganisations.Select(m => m.OrganisationId).ToList() }).FirstOrDefaultAsync();
        if (board is null)
        {
            return null;
        }
        var names = new List<string>();
        foreach (var id in board.Members)
        {
            if (await directory.FindAsync(id) is { } member)
            {
                names.Add(member.DisplayName);
            }
        }
        return (board.Name, [.. names.Order(NorwegianText.Comparer)]);
    }

    /// <summary>
    /// Last year's key figures by section and label, for the comparison, when there was a report last year; a figure whose label
    /// names a date (the members' count) finds no match and is shown without.
    /// </summary>
    private async Task<Dictionary<ReportSectionKind, IReadOnlyDictionary<string, string>>?> LastYearsFiguresAsync(Guid organisationId, int year) =>
        await db.AnnualReports.AnyAsync(r => r.OrganisationId == organisationId && r.Year == year - 1)
            ? (await data.SectionsAsync(organisationId, year - 1)).ToDictionary(s => s.Kind,
                s => (IReadOnlyDictionary<string, string>)s.Figures.GroupBy(f => f.Label).ToDictionary(g => g.Key, g => g.First().Value))
            : null;

    /// <summary>Keeps a section's new text; a text changed by someone else since the writer opened it is refused (409), never overwritten.</summary>
    public Task<Outcome<ReportSectionView>> WriteAsync(SectionTextInput input) => Outcome.Try(async () =>
    {
        if (await OpenAsync<ReportSectionView>(input.OrganisationId, input.Year) is { Error: { } error })
        {
            return error;
        }
        var report = await ReportAsync(input.OrganisationId, input.Year);
        report.EnsureDraft();
        var section = (await data.SectionsAsync(input.OrganisationId, input.Year)).FirstOrDefault(s => s.Kind == input.Kind);
        if (section is null)
        {
            return Outcome<ReportSectionView>.Invalid(nameof(input.Kind), "Årsmeldingen har ingen slik del for dette året.");
        }
        var text = await db.ReportTexts.SingleOrDefaultAsync(t => t.ReportId == report.Id && t.Kind == input.Kind);
        if (text is null)
        {
            text = new ReportText(report.Id, input.Kind);
            db.ReportTexts.Add(text);
        }
        else if (AppDbContext.IsStale(text, input.Version))
        {
            return Outcome<ReportSectionView>.Conflict(
                $"{text.Author} endret «{section.Title}» {NorwegianTime.Format(text.WrittenAt)} mens du skrev. Teksten din er ikke lagret: les den nye og skriv inn endringen på nytt.");
        }
        db.ReportTextRevisions.Add(text.Write(input.Text, section.Fingerprint, access.ActorName, clock.GetCurrentInstant()));
        await db.SaveChangesAsync();
        // The section just computed answers, rather than the whole report again.
        var earlier = await db.ReportTextRevisions.AsNoTracking().Where(r => r.TextId == text.Id).OrderByDescending(r => r.Revision).Skip(1).Take(EarlierShown)
            .Select(r => new ReportRevisionRow(r.Revision, r.Author, r.At, r.Text)).ToListAsync();
        return new ReportSectionView(section.Kind, section.Title, section.Figures, section.Tables, section.Draft, text.Text, text.Author, text.WrittenAt, text.Revision,
            false, text.Version, earlier) { Charts = section.Charts };
    });

    /// <summary>Records the annual meeting's adoption: the report is frozen with the date.</summary>
    public Task<Outcome<AnnualReportView>> AdoptAsync(ReportAdoptionInput input) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AnnualReportView>(input.OrganisationId, input.Year) is { Error: { } error })
        {
            return error;
        }
        var report = await ReportAsync(input.OrganisationId, input.Year);
        Expect(report, input.Version);
        var on = input.On is { } d ? LocalDate.FromDateOnly(d) : (LocalDate?)null;
        if (input.MeetingId is { } meetingId)
        {
            var meeting = await db.AnnualMeetingsOf(input.OrganisationId).AsNoTracking().Where(m => m.Id == meetingId)
                .Select(m => (LocalDateTime?)m.StartsAt).SingleOrDefaultAsync();
            if (meeting is not { } starts)
            {
                return Outcome<AnnualReportView>.Invalid(nameof(input.MeetingId), "Velg et av organisasjonens årsmøter.");
            }
            // The annual meeting adopts the report as one of its cases; without that case on the agenda it has not treated it.
            if (await ReportCaseAsync(meetingId) is null)
            {
                return Outcome<AnnualReportView>.Invalid(nameof(input.MeetingId), $"Årsmøtet har ingen sak «{ReportCaseTitle}» på sakslisten. Sett den opp før årsmeldingen vedtas der.");
            }
            on = starts.Date;
        }
        if (on is not { } day)
        {
            return Outcome<AnnualReportView>.Invalid(nameof(input.On), "Oppgi datoen årsmøtet vedtok årsmeldingen.");
        }
        report.Adopt(day, input.MeetingId);
        await db.SaveChangesAsync();
        return (await ViewAsync(input.OrganisationId, input.Year))!;
    });

    /// <summary>Opens an adopted report again for a new version; the reason is kept with it.</summary>
    public Task<Outcome<AnnualReportView>> ReopenAsync(ReportAdoptionInput input) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AnnualReportView>(input.OrganisationId, input.Year) is { Error: { } error })
        {
            return error;
        }
        var report = await ReportAsync(input.OrganisationId, input.Year);
        Expect(report, input.Version);
        report.Reopen(input.Reason);
        await db.SaveChangesAsync();
        return (await ViewAsync(input.OrganisationId, input.Year))!;
    });

    /// <summary>Sends the report to the organisation above (a branch's to its county); the top organisation has none to send to.</summary>
    public Task<Outcome<AnnualReportView>> SubmitAsync(ReportAdoptionInput input) => Outcome.Try(async () =>
    {
        if (await OpenAsync<AnnualReportView>(input.OrganisationId, input.Year) is { Error: { } error })
        {
            return error;
        }
        if (await directory.FindAsync(input.OrganisationId) is not { ParentId: not null })
        {
            return Outcome<AnnualReportView>.Invalid(nameof(input.OrganisationId), "Organisasjonen har ingen over seg å sende årsmeldingen til.");
        }
        var report = await ReportAsync(input.OrganisationId, input.Year);
        Expect(report, input.Version);
        report.Submit(access.ActorName, clock.GetCurrentInstant());
        await db.SaveChangesAsync();
        return (await ViewAsync(input.OrganisationId, input.Year))!;
    });

    public Task<bool> CoversAsync(Guid organisationId) => guard.CoversOrganisation(organisationId);

    /// <summary>The year whose report is being written: the year before until the autumn, then the year itself, for the coming annual meeting.</summary>
    public int CurrentYear => clock.Today().Month >= 10 ? clock.Today().Year : clock.Today().Year - 1;

    /// <summary>The organisation's annual meetings, newest first, for the adoption form.</summary>
    public async Task<IReadOnlyList<NamedItem>> AnnualMeetingsAsync(Guid organisationId) =>
        (await db.AnnualMeetingsOf(organisationId).AsNoTracking()
            .OrderByDescending(m => m.StartsAt).Take(10).Select(m => new { m.Id, m.Title, m.StartsAt }).ToListAsync())
        .Select(m => new NamedItem(m.Id, $"{m.Title}, {NorwegianTime.Format(m.StartsAt.Date)}")).ToList();

    /// <summary>Null when the actor writes the organisation's report; a chosen organisation out of reach is a bad request.</summary>
    private async Task<(bool Ok, Outcome<T>? Error)> OpenAsync<T>(Guid organisationId, int year)
    {
        if (year is < 2000 or > 2100)
        {
            return (false, Outcome<T>.Invalid("Year", "Året må ligge mellom 2000 og 2100."));
        }
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return (false, Outcome<T>.Invalid("OrganisationId", "Velg en organisasjon du har tilgang til."));
        }
        return await guard.CoversOrganisation(organisationId)
            ? (true, null)
            : (false, Outcome<T>.Forbidden("Bare de som har ansvaret for organisasjonen, kan skrive og vedta årsmeldingen."));
    }

    private async Task<AnnualReport> ReportAsync(Guid organisationId, int year)
    {
        if (await db.AnnualReports.SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == year) is { } found)
        {
            return found;
        }
        var made = new AnnualReport(organisationId, year);
        db.AnnualReports.Add(made);
        return made;
    }

    private void Expect(AnnualReport report, long? version)
    {
        if (db.Entry(report).State != EntityState.Added)
        {
            db.ExpectVersion(report, version);
        }
    }
}
