using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>
/// Meetings of bodies and their agendas: those who read the body's organisation read its meetings, those who cover it plan them.
/// A new meeting opens with the body's standard items (or the usual four), each numbered in the body's series for the year.
/// </summary>
public sealed class MeetingService(AppDbContext db, Guard guard, CurrentAccess access, IClock clock)
{
    public async Task<IReadOnlyList<MeetingRow>?> ListAsync(Guid organisationId, Guid? bodyId, LocalDate? from, LocalDate? to)
    {
        if (!await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var start = (from ?? clock.Today().PlusYears(-1)).AtMidnight();
        var end = (to ?? clock.Today().PlusYears(1)).PlusDays(1).AtMidnight();
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && (bodyId == null || m.BodyId == bodyId) && m.StartsAt >= start && m.StartsAt < end)
            .OrderBy(m => m.StartsAt).Take(500)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new MeetingRow(m.Id, m.BodyId, b.Name, m.Title, m.StartsAt, m.Place, m.Status, m.NoticeSentAt))
            .ToListAsync();
        // The join keeps the rows, not their order.
        return [.. rows.OrderBy(r => r.StartsAt)];
    }

    public async Task<MeetingOverview?> OverviewAsync(Guid organisationId)
    {
        if (await ListAsync(organisationId, null, null, null) is not { } meetings)
        {
            return null;
        }
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisationId).OrderBy(b => b.Name)
            .Select(b => new NamedItem(b.Id, b.Name)).ToListAsync();
        return new MeetingOverview(organisationId, name, bodies, meetings, await guard.CoversOrganisation(organisationId));
    }

    public async Task<MeetingDetail?> FindAsync(Guid id)
    {
        if (await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id) is not { } meeting || !await guard.ReadsOrganisation(meeting.OrganisationId))
        {
            return null;
        }
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync();
        var cases = await db.MeetingCases.AsNoTracking().Where(c => c.MeetingId == id).OrderBy(c => c.Position).ThenBy(c => c.Number).ToListAsync();
        var onBody = await SitsOnBodyAsync(meeting.BodyId);
        var series = await db.CaseSeries.AsNoTracking().SingleOrDefaultAsync(s => s.BodyId == meeting.BodyId && s.Year == meeting.Year);
        var used = await db.MeetingCases.AsNoTracking().Where(c => c.BodyId == meeting.BodyId && c.Year == meeting.Year && c.Number != null)
            .Select(c => c.Number!.Value).ToListAsync();
        var highest = cases.Max(c => c.Number) ?? 0;
        var gaps = series?.Gaps(used).Where(n => n <= highest).Select(n => new CaseNumber(n, meeting.Year).ToString()).ToList() ?? [];
        return new MeetingDetail(meeting.Id, meeting.OrganisationId, meeting.BodyId, body, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Place,
            meeting.NoticeDeadline, meeting.Notice?.Text, meeting.Notice?.IsLate ?? false, meeting.Status, await guard.CoversOrganisation(meeting.OrganisationId),
            [.. cases.Select(c => Row(c, onBody))], gaps, meeting.Version);
    }

    public Task<Outcome<Guid>> CreateAsync(MeetingInput input) => Outcome.Try<Guid>(async () =>
    {
        if (!await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!await db.Bodies.AnyAsync(b => b.Id == input.BodyId && b.OrganisationId == input.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et organ i organisasjonen.");
        }
        if (input.Date is not { } date)
        {
            return Outcome<Guid>.Invalid(nameof(input.Date), "Velg dagen for møtet.");
        }
        if (Time(input.StartTime) is not { } starts)
        {
            return Outcome<Guid>.Invalid(nameof(input.StartTime), "Skriv når møtet begynner, for eksempel 18:00.");
        }
        var ends = Time(input.EndTime);
        if (!string.IsNullOrWhiteSpace(input.EndTime) && ends is null)
        {
            return Outcome<Guid>.Invalid(nameof(input.EndTime), "Skriv når møtet slutter, for eksempel 21:00, eller la feltet stå tomt.");
        }
        var day = LocalDate.FromDateOnly(date);
        var meeting = new Meeting(input.BodyId, input.OrganisationId, input.Title ?? "", day + starts, ends is { } end ? day + end : null, input.Place,
            input.NoticeDeadline is { } deadline ? LocalDate.FromDateOnly(deadline) : null);
        db.Meetings.Add(meeting);
        var series = await SeriesAsync(meeting.BodyId, meeting.Year);
        var standard = await db.StandardAgendaItems.AsNoTracking().Where(i => i.BodyId == input.BodyId).ToListAsync();
        var position = 0;
        foreach (var item in StandardAgendaItem.InOrder(standard.Count > 0 ? standard : StandardAgendaItem.Defaults))
        {
            // The body's own cases go between the opening and the closing items: the closing ones start far down.
            position = item.Place == AgendaPlace.End && position < 1000 ? 1000 : position;
            // The closing items wait for their numbers until the agenda is sent, so the cases added before then come first.
            db.MeetingCases.Add(new MeetingCase(meeting, item.Place == AgendaPlace.Start ? series.Take() : null, item.Kind, item.Title, position++));
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    public Task<Outcome<Guid>> AddCaseAsync(Guid meetingId, CaseInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId) is not { } meeting || !await guard.ReadsOrganisation(meeting.OrganisationId))
        {
            return Outcome<Guid>.NotFound("Fant ikke møtet.");
        }
        if (!await guard.CoversOrganisation(meeting.OrganisationId))
        {
            return Outcome<Guid>.Forbidden("Bare de som planlegger møtene i organisasjonen kan legge til saker.");
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

    private static readonly NodaTime.Text.LocalTimePattern[] TimePatterns =
        [.. new[] { "H:mm", "H:mm:ss", "H.mm" }.Select(NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture)];

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

    private async Task<bool> SitsOnBodyAsync(Guid bodyId)
    {
        var today = clock.Today();
        return await access.PersonIdAsync() is { } me
            && await db.Positions.AnyAsync(p => p.PersonId == me && p.BodyId == bodyId && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today));
    }

    private static CaseRow Row(MeetingCase c, bool onBody) => c.IsClosed && !onBody
        ? new CaseRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), "Unntatt offentlighet", null, null, true, false, c.Version)
        : new CaseRow(c.Id, c.NumberLabel, c.Kind, c.Kind.Label(), c.Title, c.Background, c.ProposedDecision, c.IsClosed, c.LacksProposal, c.Version);
}
