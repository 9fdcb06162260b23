using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

// ToLower() in a query is SQL lower() on both databases (as in the persons' and measures' search); a culture argument would not translate.
#pragma warning disable CA1304, CA1311, CA1862

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Meetings of bodies and their agendas: the body's members and standing invitees and those who cover its organisation read its
/// meetings; its leader and secretary and those who cover the organisation plan them.
/// A new meeting opens with the body's standard items (or the usual four), each numbered in the body's series for the year.
/// </summary>
public sealed class MeetingService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock, MeetingFromPlan plan, ExecutiveProtocol executive)
{
    /// <summary>One page of the meetings the reader reads in the window (a year back and ahead unless given), soonest first.</summary>
    public async Task<Paged<MeetingRow>?> ListAsync(Guid organisationId, Guid? bodyId, LocalDate? from, LocalDate? to, int? page) =>
        await WindowAsync(organisationId, bodyId, from, to) is { } rows ? await rows.ToPagedAsync(page, PageSize) : null;

    /// <summary>Every meeting in the window, for the sheet.</summary>
    public async Task<IReadOnlyList<MeetingRow>?> AllAsync(Guid organisationId, Guid? bodyId, LocalDate? from, LocalDate? to) =>
        await WindowAsync(organisationId, bodyId, from, to) is { } rows ? await rows.ToListAsync() : null;

    private async Task<IQueryable<MeetingRow>?> WindowAsync(Guid organisationId, Guid? bodyId, LocalDate? from, LocalDate? to)
    {
        if (await ReadableBodiesAsync(organisationId) is not { } bodies)
        {
            return null;
        }
        var ids = bodies.Select(b => b.Id).Where(id => bodyId == null || id == bodyId).ToList();
        var start = (from ?? clock.Today().PlusYears(-1)).AtMidnight();
        var end = (to ?? clock.Today().PlusYears(1)).PlusDays(1).AtMidnight();
        return db.Meetings.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && ids.Contains(m.BodyId) && m.StartsAt >= start && m.StartsAt < end)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Select(m => new MeetingRow(m.Id, m.BodyId, db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(), m.Title, m.StartsAt, m.Place, m.Status,
                m.NoticeSentAt));
    }

    public const int PageSize = 50;

    public async Task<MeetingOverview?> OverviewAsync(MeetingSearch search)
    {
        if (await ReadableBodiesAsync(search.OrganisationId) is not { } readable)
        {
            return null;
        }
        var organisationId = search.OrganisationId;
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        var plans = new List<NamedItem>();
        foreach (var body in readable)
        {
            if (await guard.EditsBody(new BodyRef(organisationId, body.Id)))
            {
                plans.Add(body);
            }
        }
        return new MeetingOverview(organisationId, name, plans, await SearchAsync(search, readable), plans.Count > 0 || await guard.CoversOrganisation(organisationId))
        {
            FromPlan = plans.Count > 0 ? await plan.WaitingAsync(plans) : [],
            Readable = readable,
        };
    }

    /// <summary>
    /// The meetings page's list: of one body or every body the actor reads; the coming meetings (today's among them) soonest
    /// first, or the past ones latest first; found by the meeting's title or the title of a case that is not closed (a closed
    /// case's title would tell those outside the body what it is about); paged in the database.
    /// </summary>
    private async Task<Paged<MeetingRow>> SearchAsync(MeetingSearch search, IReadOnlyList<NamedItem> readable)
    {
        var names = readable.ToDictionary(b => b.Id, b => b.Name);
        var ids = readable.Select(b => b.Id).Where(id => search.BodyId is not { } chosen || id == chosen).ToList();
        var today = clock.Today().AtMidnight();
        var meetings = db.Meetings.AsNoTracking().Where(m => m.OrganisationId == search.OrganisationId && ids.Contains(m.BodyId));
        meetings = search.Past ? meetings.Where(m => m.StartsAt < today) : meetings.Where(m => m.StartsAt >= today);
        if (search.Text?.Trim() is { Length: > 0 } term)
        {
            var pattern = $"%{term.ToLowerInvariant()}%";
            meetings = meetings.Where(m => EF.Functions.Like(m.Title.ToLower(), pattern)
                || db.MeetingCases.Any(c => c.MeetingId == m.Id && !c.IsClosed && EF.Functions.Like(c.Title.ToLower(), pattern)));
        }
        var ordered = search.Past ? meetings.OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id) : meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
        var page = await ordered.Select(m => new MeetingRow(m.Id, m.BodyId, "", m.Title, m.StartsAt, m.Place, m.Status, m.NoticeSentAt))
            .ToPagedAsync(search.Page, PageSize);
        return page.Select(m => m with { BodyName = names[m.BodyId] });
    }

    /// <summary>
    /// The organisation's bodies whose meetings the actor reads (all of them for those who cover it, else those they sit on or are
    /// invited to); null when that is none and the organisation is out of their sight.
    /// </summary>
    internal async Task<IReadOnlyList<NamedItem>?> ReadableBodiesAsync(Guid organisationId)
    {
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name)
            .Select(b => new NamedItem(b.Id, b.Name)).ToListAsync();
        if (await guard.CoversOrganisation(organisationId))
        {
            return bodies;
        }
        var readable = new List<NamedItem>();
        foreach (var body in bodies)
        {
            if (await guard.ReadsBody(new BodyRef(organisationId, body.Id)))
            {
                readable.Add(body);
            }
        }
        return readable.Count > 0 || await guard.ReadsOrganisation(organisationId) ? readable : null;
    }

    public async Task<MeetingDetail?> FindAsync(Guid id)
    {
        // The body, and for the executive committee's protocol the board's previous meeting, in the meeting's own query.
        var found = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new
            {
                Meeting = m, b.Name, b.QuorumAtLeast, b.Kind,
                Previous = db.Meetings.Where(p => p.BodyId == m.BodyId && p.Id != m.Id && p.Status != MeetingStatus.Cancelled && p.StartsAt < m.StartsAt)
                    .Max(p => (LocalDateTime?)p.StartsAt),
            }).SingleOrDefaultAsync();
        if (found is not { Meeting: var meeting } || !await guard.ReadsBody(Ref(meeting)))
        {
            return null;
        }
        var cases = await db.MeetingCases.AsNoTracking().Where(c => c.MeetingId == id).OrderBy(c => c.Position).ThenBy(c => c.Number)
            .Select(c => new { Case = c, Documents = db.CaseAttachments.Where(a => a.CaseId == c.Id).OrderBy(a => a.FileName)
                .Select(a => new AttachmentRow(a.Id, a.CaseId, a.FileName, a.Size)).ToList() })
            .ToListAsync();
        var onBody = (await access.SeatAsync(meeting.BodyId, withInvitation: false)).Sits;
        // The meeting's own gaps: its cases are numbered in a run, and the closing items are numbered after them at the notice,
        // so a case taken off the agenda leaves a hole inside the run.
        var numbers = cases.Where(c => c.Case.Number is not null).Select(c => c.Case.Number!.Value).ToList();
        var gaps = numbers.Count == 0 ? []
            : CaseSeries.GapsUpTo(numbers.Max(), numbers).Where(n => n > numbers.Min()).Select(n => new CaseNumber(n, meeting.Year).ToString()).ToList();
        return new MeetingDetail(meeting.Id, meeting.OrganisationId, meeting.BodyId, found.Name, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Place,
            meeting.NoticeDeadline, meeting.Notice?.Text, meeting.Notice?.IsLate ?? false, meeting.Status, await guard.EditsBody(Ref(meeting)),
            [.. cases.Select(c => Row(c.Case, onBody) is { Hidden: false } row ? row with { Attachments = c.Documents } : Row(c.Case, onBody))], gaps, meeting.Version)
        {
            QuorumAtLeast = found.QuorumAtLeast,
            IsAnnualMeeting = found.Kind == Domain.Register.BodyKind.AnnualMeeting,
            ExecutiveDecisions = found.Kind == Domain.Register.BodyKind.Board
                ? await executive.ForAsync(meeting.OrganisationId, found.Previous?.Date ?? meeting.StartsAt.Date.PlusYears(-1), meeting.StartsAt.Date)
                : [],
        };
    }

    public Task<Outcome<Guid>> CreateAsync(MeetingInput input) => Outcome.Try<Guid>(async () =>
    {
        var body = new BodyRef(input.OrganisationId, input.BodyId);
        if (!await db.Bodies.AnyAsync(b => b.Id == input.BodyId && b.OrganisationId == input.OrganisationId))
        {
            return await guard.ReadsOrganisation(input.OrganisationId)
                ? Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et organ i organisasjonen.")
                : Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!await guard.EditsBody(body))
        {
            return await guard.ReadsBody(body) || await guard.ReadsOrganisation(input.OrganisationId)
                ? Outcome<Guid>.Invalid(nameof(input.BodyId), PlannersOnly)
                : Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (await plan.FillAsync(input) is { } wrong)
        {
            return Outcome<Guid>.Invalid(wrong.Field, wrong.Message);
        }
        var when = When(input);
        if (when.Error is { } unreadable)
        {
            return Outcome<Guid>.Invalid(unreadable.Field, unreadable.Message);
        }
        var (starts, ends) = (when.Starts!.Value, when.Ends);
        var day = starts.Date;
        var deadline = input.NoticeDeadline is { } given ? LocalDate.FromDateOnly(given) : await plan.DeadlineAsync(input.BodyId, day);
        var meeting = new Meeting(input.BodyId, input.OrganisationId, input.Title ?? "", starts, ends, input.Place, deadline, input.EventId);
        db.Meetings.Add(meeting);
        var series = await SeriesAsync(meeting.BodyId, meeting.Year);
        var position = 0;
        foreach (var item in (await BodySetup.ItemsForAsync(db, input.BodyId)).Items)
        {
            // The body's own cases go between the opening and the closing items: the closing ones start far down.
            position = item.Place == AgendaPlace.End && position < 1000 ? 1000 : position;
            // The closing items wait for their numbers until the agenda is sent, so the cases added before then come first.
            db.MeetingCases.Add(MeetingCase.FromStandard(meeting, item.Place == AgendaPlace.Start ? series.Take() : null, item, position++));
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    public Task<Outcome<Guid>> AddCaseAsync(Guid meetingId, CaseInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsBody(Ref(meeting)))
        {
            return Outcome<Guid>.NotFound("Fant ikke møtet.");
        }
        if (!await guard.EditsBody(Ref(meeting)))
        {
            return Outcome<Guid>.Forbidden(PlannersOnly);
        }
        var last = await db.MeetingCases.Where(c => c.MeetingId == meetingId && c.Position < 1000).MaxAsync(c => (int?)c.Position) ?? -1;
        var series = await SeriesAsync(meeting.BodyId, meeting.Year);
        var added = new MeetingCase(meeting, series.Take(), input.Kind, input.Title ?? "", last + 1);
        added.Edit(input.Kind, input.Title ?? "", input.Background, input.ProposedDecision, input.Closed);
        db.MeetingCases.Add(added);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Someone took the same number a moment before: the unique number refused it, and nothing was saved.
            return Outcome<Guid>.Conflict("Noen andre la til en sak samtidig. Prøv igjen, så får saken neste nummer.");
        }
        return added.Id;
    });

    public Task<Outcome<Guid>> EditCaseAsync(Guid meetingId, Guid caseId, CaseInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableCaseAsync(meetingId, caseId) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke saken.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        var edited = found.Case!;
        if (AppDbContext.IsStale(edited, input.Version))
        {
            return Outcome<Guid>.Conflict("Saken er endret av noen andre siden du åpnet den. Last siden på nytt og gjør endringen igjen.");
        }
        edited.Edit(input.Kind, input.Title ?? "", input.Background, input.ProposedDecision, input.Closed);
        await db.SaveChangesAsync();
        return edited.Id;
    });

    /// <summary>Takes a case off the agenda; its number is not given again, and the agenda lists it as a gap.</summary>
    public Task<Outcome<Guid>> DeleteCaseAsync(Guid meetingId, Guid caseId, long? version) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableCaseAsync(meetingId, caseId) is not { } found)
        {
            return Outcome<Guid>.NotFound("Fant ikke saken.");
        }
        if (found.Error is { } error)
        {
            return error;
        }
        if (AppDbContext.IsStale(found.Case!, version))
        {
            return Outcome<Guid>.Conflict("Saken er endret av noen andre siden du åpnet den. Last siden på nytt og se om den fortsatt skal slettes.");
        }
        db.MeetingCases.Remove(found.Case!);
        await db.SaveChangesAsync();
        return caseId;
    });

    private async Task<(MeetingCase? Case, Outcome<Guid>? Error)?> EditableCaseAsync(Guid meetingId, Guid caseId)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId);
        var found = await db.MeetingCases.SingleOrDefaultAsync(c => c.Id == caseId && c.MeetingId == meetingId);
        // A closed case is out of sight of all but the body's members, so also out of reach of their edits.
        if (meeting is null || found is null || !await guard.ReadsBody(Ref(meeting)) || (found.IsClosed && !(await access.SeatAsync(meeting.BodyId, withInvitation: false)).Sits))
        {
            return null;
        }
        if (!await guard.EditsBody(Ref(meeting)))
        {
            return (null, Outcome<Guid>.Forbidden(PlannersOnly));
        }
        return meeting.Status == MeetingStatus.Planned ? (found, null)
            : (null, Outcome<Guid>.Invalid("Status", meeting.Status == MeetingStatus.Held ? "Møtet er holdt; sakene står i protokollen." : "Møtet er avlyst."));
    }

    private static readonly NodaTime.Text.LocalTimePattern[] TimePatterns =
        [.. new[] { "H:mm", "H:mm:ss", "H.mm" }.Select(NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture)];

    /// <summary>The day and clock times of the form as the meeting's start and end, or the field that does not read and why.</summary>
    internal static (LocalDateTime? Starts, LocalDateTime? Ends, (string Field, string Message)? Error) When(MeetingInput input)
    {
        if (input.Date is not { } date)
        {
            return (null, null, (nameof(input.Date), "Velg dagen for møtet."));
        }
        var day = LocalDate.FromDateOnly(date);
        if (Time(input.StartTime) is not { } starts)
        {
            return (null, null, (nameof(input.StartTime), "Skriv når møtet begynner, for eksempel 18:00."));
        }
        var ends = Time(input.EndTime);
        return !string.IsNullOrWhiteSpace(input.EndTime) && ends is null
            ? (null, null, (nameof(input.EndTime), "Skriv når møtet slutter, for eksempel 21:00, eller la feltet stå tomt."))
            : (day + starts, ends is { } end ? day + end : null, null);
    }

    /// <summary>"18:00", "9:30", "18.00" or "18:00:00"; null for anything else.</summary>
    private static LocalTime? Time(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TimePatterns.Select(p => p.Parse(text.Trim())).FirstOrDefault(r => r.Success)?.Value;

    private async Task<CaseSeries> SeriesAsync(Guid bodyId, int year)
    {
        if (await db.CaseSeries.SingleOrDefaultAsync(s => s.BodyId == bodyId && s.Year == year) is { } series)
        {
            return series;
        }
        var created = new CaseSeries(bodyId, year);
        db.CaseSeries.Add(created);
        return created;
    }

    public const string PlannersOnly = "Bare organets leder og sekretær, og de som har ansvaret for organisasjonen, kan planlegge møtene og skrive sakene.";

    public static BodyRef Ref(Meeting meeting) => new(meeting.OrganisationId, meeting.BodyId);

    private static CaseRow Row(MeetingCase c, bool onBody) => c.IsClosed && !onBody
        ? new CaseRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), "Unntatt offentlighet", null, null, true, false, c.Version, Hidden: true)
        : new CaseRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), c.Title, c.Background, c.ProposedDecision, c.IsClosed, c.LacksProposal, c.Version);
}
