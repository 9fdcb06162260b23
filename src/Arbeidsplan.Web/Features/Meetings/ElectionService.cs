using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Positions;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>The offices an annual meeting may fill: the party's position types, the organisation or its bodies, and regions.</summary>
public sealed record ElectionChoices(IReadOnlyList<NamedItem> Offices, IReadOnlyList<NamedItem> Bodies, IReadOnlyList<NamedItem> Regions);

/// <summary>
/// An annual meeting's elections: the election committee's proposal office by office, whom the meeting elected and how, and then
/// the results registered as positions for their terms, all or none, through the register's own rules (nobody registers their
/// own election; someone else who covers the organisation does).
/// </summary>
public sealed class ElectionService(AppDbContext db, AnnualMeetingService annual, PersonService persons, PositionService positions, OrganisationDirectory directory)
{
    public const int MaxOffices = 100;

    internal static async Task<IReadOnlyList<ElectionRow>> RowsAsync(AppDbContext db, Guid meetingId)
    {
        var rows = await db.ElectionResults.AsNoTracking().Where(e => e.MeetingId == meetingId).OrderBy(e => e.Order)
            .Select(e => new
            {
                e.Id, e.ProposedPersonId, e.ElectedPersonId, e.Vote, e.TermFrom, e.TermTo, e.PositionId, e.Version,
                Office = db.PositionTypes.Where(t => t.Id == e.PositionTypeId).Select(t => t.Name).First(),
                Place = db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault()
                    ?? db.Bodies.Where(b => b.Id == e.BodyId).Select(b => b.Name).FirstOrDefault(),
                Region = db.Regions.Where(r => r.Id == e.RegionId).Select(r => r.Name).FirstOrDefault(),
                Proposed = db.Persons.Where(p => p.Id == e.ProposedPersonId).Select(p => p.Name).FirstOrDefault(),
                Elected = db.Persons.Where(p => p.Id == e.ElectedPersonId).Select(p => p.Name).FirstOrDefault(),
            }).ToListAsync();
        return [.. rows.Select(e => new ElectionRow(e.Id, e.Office, e.Region is null ? e.Place ?? "" : $"{e.Place}, {e.Region}", e.ProposedPersonId, e.Proposed,
            e.ElectedPersonId, e.Elected, e.Vote, e.TermFrom, e.TermTo, e.PositionId is not null, e.PositionId, e.Version))];
    }

    /// <summary>
    /// What an office on the list can be, for the annual meeting whose page is shown (and so read): the party's position types, the
    /// organisation's bodies and regions, in one query.
    /// </summary>
    public async Task<ElectionChoices> ChoicesAsync(AnnualMeetingView view)
    {
        var party = await directory.PartyOfAsync(view.OrganisationId);
        var organisation = view.OrganisationId;
        var all = await db.PositionTypes.AsNoTracking().Where(t => t.PartyId == party).Select(t => new { Kind = 0, t.Id, t.Name, Order = t.SortOrder })
            .Concat(db.Bodies.AsNoTracking().Where(b => b.OrganisationId == organisation && b.Kind != BodyKind.AnnualMeeting).Select(b => new { Kind = 1, b.Id, b.Name, Order = 0 }))
            .Concat(db.Regions.AsNoTracking().Where(r => r.OrganisationId == organisation).Select(r => new { Kind = 2, r.Id, r.Name, Order = 0 }))
            .ToListAsync();
        List<NamedItem> Of(int kind) => [.. all.Where(x => x.Kind == kind).OrderBy(x => x.Order).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => new NamedItem(x.Id, x.Name))];
        return new ElectionChoices(Of(0), Of(1), Of(2));
    }

    public Task<Outcome<Guid>> AddAsync(Guid meetingId, ElectionInput input) => Outcome.Try(async () =>
    {
        var (meeting, error) = await annual.EditableAsync<Guid>(meetingId);
        if (error is not null)
        {
            return error;
        }
        if (await db.ElectionResults.CountAsync(e => e.MeetingId == meetingId) >= MaxOffices)
        {
            return Outcome<Guid>.Invalid(nameof(input.PositionTypeId), $"Et årsmøte kan ha høyst {MaxOffices} valg på listen.");
        }
        if (await CheckAsync(meeting!, input) is { } invalid)
        {
            return invalid;
        }
        var order = (await db.ElectionResults.Where(e => e.MeetingId == meetingId).MaxAsync(e => (int?)e.Order) ?? 0) + 1;
        var result = new ElectionResult(meetingId, input.PositionTypeId, input.BodyId is null ? meeting!.OrganisationId : null, input.BodyId, input.RegionId,
            input.ProposedPersonId, TermFrom(meeting!, input), TermTo(input), order);
        db.ElectionResults.Add(result);
        await db.SaveChangesAsync();
        return result.Id;
    });

    /// <summary>Changes the committee's proposal or the term of an office not yet registered.</summary>
    public Task<Outcome<Guid>> ProposeAsync(Guid meetingId, Guid electionId, ElectionInput input) => Outcome.Try(async () =>
    {
        var (meeting, result, error) = await OpenAsync(meetingId, electionId, input.Version);
        if (error is not null)
        {
            return error;
        }
        if (input.ProposedPersonId is { } person && !await persons.IsInScopeAsync(person))
        {
            return Outcome<Guid>.Invalid(nameof(input.ProposedPersonId), "Velg en person i registeret du har tilgang til.");
        }
        result!.Propose(input.ProposedPersonId, TermFrom(meeting!, input), TermTo(input));
        await db.SaveChangesAsync();
        return result.Id;
    });

    public Task<Outcome<Guid>> ElectAsync(Guid meetingId, Guid electionId, ElectedInput input) => Outcome.Try(async () =>
    {
        var (_, result, error) = await OpenAsync(meetingId, electionId, input.Version);
        if (error is not null)
        {
            return error;
        }
        if (input.PersonId is { } person && !await persons.IsInScopeAsync(person))
        {
            return Outcome<Guid>.Invalid(nameof(input.PersonId), "Velg en person i registeret du har tilgang til.");
        }
        result!.Elect(input.PersonId, input.Vote);
        await db.SaveChangesAsync();
        return result.Id;
    });

    public Task<Outcome<Guid>> RemoveAsync(Guid meetingId, Guid electionId, long? version) => Outcome.Try(async () =>
    {
        var (_, result, error) = await OpenAsync(meetingId, electionId, version);
        if (error is not null)
        {
            return error;
        }
        if (result!.IsRegistered)
        {
            return Outcome<Guid>.Invalid(nameof(ElectionResult.PositionId), "Valget er registrert som verv; fjern vervet i registeret først.");
        }
        db.ElectionResults.Remove(result);
        await db.SaveChangesAsync();
        return result.Id;
    });

    /// <summary>
    /// Makes every elected, not yet registered result a position for its term, all or none: the first refusal (the register's rules,
    /// such as registering one's own election) rolls back the others and is reported with its office.
    /// </summary>
    public Task<Outcome<RegisteredElections>> RegisterAsync(Guid meetingId) => Outcome.Try(async () =>
    {
        var (_, error) = await annual.EditableAsync<RegisteredElections>(meetingId);
        if (error is not null)
        {
            return error;
        }
        var open = await db.ElectionResults.Where(e => e.MeetingId == meetingId && e.PositionId == null && e.ElectedPersonId != null).OrderBy(e => e.Order).ToListAsync();
        if (open.Count == 0)
        {
            return Outcome<RegisteredElections>.Invalid("Elections", "Det er ingen valgte å registrere. Før inn hvem som ble valgt først.");
        }
        var offices = (await RowsAsync(db, meetingId)).ToDictionary(r => r.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var made = new List<NamedItem>();
        foreach (var result in open)
        {
            var appointed = await positions.AppointAsync(new PositionInput
            {
                PersonId = result.ElectedPersonId!.Value, PositionTypeId = result.PositionTypeId, OrganisationId = result.OrganisationId, BodyId = result.BodyId,
                RegionId = result.RegionId, From = result.TermFrom.ToDateOnly(), To = result.TermTo?.ToDateOnly(),
            });
            if (!appointed.IsOk)
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
                var row = offices[result.Id];
                var why = string.Join(" ", appointed.Errors.SelectMany(e => e.Value).DefaultIfEmpty(appointed.Message ?? "Vervet ble ikke registrert."));
                return Outcome<RegisteredElections>.Invalid("Elections", $"{row.Office} ({row.Elected}): {why} Ingen av valgene er registrert.");
            }
            result.Register(appointed.Value!.Id);
            made.Add(new NamedItem(appointed.Value.Id, $"{offices[result.Id].Office}: {appointed.Value.PersonName}"));
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new RegisteredElections(made.Count, made);
    });

    private async Task<(Meeting? Meeting, ElectionResult? Result, Outcome<Guid>? Error)> OpenAsync(Guid meetingId, Guid electionId, long? version)
    {
        var (meeting, error) = await annual.EditableAsync<Guid>(meetingId);
        if (error is not null)
        {
            return (null, null, error);
        }
        if (await db.ElectionResults.SingleOrDefaultAsync(e => e.Id == electionId && e.MeetingId == meetingId) is not { } result)
        {
            return (null, null, Outcome<Guid>.NotFound("Fant ikke valget."));
        }
        db.ExpectVersion(result, version);
        return (meeting, result, null);
    }

    private async Task<Outcome<Guid>?> CheckAsync(Meeting meeting, ElectionInput input)
    {
        var type = await db.PositionTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.PositionTypeId);
        if (type is null || type.PartyId != await directory.PartyOfAsync(meeting.OrganisationId))
        {
            return Outcome<Guid>.Invalid(nameof(input.PositionTypeId), "Velg et av partiets verv.");
        }
        if (input.BodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body && b.OrganisationId == meeting.OrganisationId && b.Kind != BodyKind.AnnualMeeting))
        {
            return Outcome<Guid>.Invalid(nameof(input.BodyId), "Velg et av organisasjonens organer, eller la feltet stå tomt for et verv i organisasjonen.");
        }
        if (type.Scope == ScopeKind.Region
            ? input.RegionId is not { } region || !await db.Regions.AnyAsync(r => r.Id == region && r.OrganisationId == meeting.OrganisationId)
            : input.RegionId is not null)
        {
            return Outcome<Guid>.Invalid(nameof(input.RegionId), type.Scope == ScopeKind.Region
                ? "Velg regionen vervet gjelder." : "Bare et regionverv gjelder en region; la regionen stå tom.");
        }
        if (input.ProposedPersonId is { } person && !await persons.IsInScopeAsync(person))
        {
            return Outcome<Guid>.Invalid(nameof(input.ProposedPersonId), "Velg en person i registeret du har tilgang til.");
        }
        return null;
    }

    private static LocalDate TermFrom(Meeting meeting, ElectionInput input) =>
        input.TermFrom is { } from ? LocalDate.FromDateOnly(from) : meeting.StartsAt.Date;

    private static LocalDate? TermTo(ElectionInput input) => input.TermTo is { } to ? LocalDate.FromDateOnly(to) : null;
}
