using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// After the count: a list's personal votes entered by those who answer for the list, who is elected and the deputies' order worked
/// out by the act's rule, and the elected registered as public-office holders (the council seat, and mayor, deputy mayor or group
/// leader where given) for the term from 1 October of the election year. Registering again adds only what is missing.
/// </summary>
public sealed class ElectedService(AppDbContext db, NominationService nominations, IClock clock)
{
    private static readonly PublicOfficeKind[] Roles = [PublicOfficeKind.Mayor, PublicOfficeKind.DeputyMayor, PublicOfficeKind.GroupLeader];

    public async Task<ElectedView?> ViewAsync(Guid nominationId) =>
        await nominations.DetailAsync(nominationId, withLinks: false) is { } detail ? await ViewAsync(detail) : null;

    /// <summary>The count of the list whose page is shown: its detail is already read, and says whether the reader sees the names.</summary>
    public async Task<ElectedView?> ViewAsync(NominationDetail detail)
    {
        // The list's read of the nomination and the election's row serve here too: the count asks only for the result and the offices.
        if (detail is not { List.Hidden: false, Row.NominationId: { } nominationId }
            || (detail.List.Loaded ?? await db.Nominations.AsNoTracking().Include(n => n.Candidates).SingleOrDefaultAsync(n => n.Id == nominationId)) is not { } nomination)
        {
            return null;
        }
        var election = detail.Election;
        var term = TermOf(election.Day);
        var people = nomination.Candidates.Select(c => c.PersonId).ToList();
        // The result with the offices its candidates hold for the term: without a result nobody is elected and no office is shown.
        var found = await (
            from r in Results(nomination)
            from o in db.PublicOffices.Where(o => people.Contains(o.PersonId) && o.Term.From == term.From).DefaultIfEmpty()
            select new { r.Votes, r.Seats, PersonId = (Guid?)o!.PersonId, Kind = (PublicOfficeKind?)o.Kind }).ToListAsync();
        var counted = found.FirstOrDefault();
        var places = counted is null ? [] : ElectedOrder.Of(nomination, election.Kind, counted.Votes, counted.Seats);
        var offices = found.Where(o => o.PersonId is not null).Select(o => new { PersonId = o.PersonId!.Value, Kind = o.Kind!.Value }).ToList();
        var names = detail.List.Candidates.ToDictionary(c => c.Id, c => c.Name);
        var rows = places.Select(p => nomination.Candidates.Single(c => c.Id == p.CandidateId) is var c
            ? new ElectedRow(c.Id, names.GetValueOrDefault(c.Id, ""), c.Place, c.Cumulated, c.PersonalVotes, p.Score, p.Rank, p.Elected, p.Deputy,
                [.. offices.Where(o => o.PersonId == c.PersonId).Select(o => PublicOfficeKinds.Label(o.Kind))])
            : null!).ToList();
        return new ElectedView(nominationId, detail.Row.Name, detail.Election, counted?.Votes, counted?.Seats, rows, detail.Row.CanEdit, clock.Today() >= election.Day,
            nomination.Version, election.Kind == ElectionKind.Local && nomination.MunicipalityId is null);
    }

    public Task<Outcome<Guid>> SetVotesAsync(Guid nominationId, PersonalVotesInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await EditableAsync(nominationId) is { } failure)
        {
            return failure;
        }
        var nomination = await db.Nominations.Include(n => n.Candidates).SingleAsync(n => n.Id == nominationId);
        db.ExpectVersion(nomination, input.Version);
        nomination.SetPersonalVotes(input.Votes ?? []);
        await db.SaveChangesAsync();
        return nominationId;
    });

    public Task<Outcome<ElectedRegistered>> RegisterAsync(Guid nominationId, ElectedInput input) => Outcome.Try<ElectedRegistered>(async () =>
    {
        if (await EditableAsync(nominationId) is { } failure)
        {
            return failure.Failure<ElectedRegistered>();
        }
        var nomination = await db.Nominations.AsNoTracking().Include(n => n.Candidates).SingleAsync(n => n.Id == nominationId);
        var election = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == nomination.ElectionId);
        if (await ResultOfAsync(nomination) is not { } result)
        {
            return Outcome<ElectedRegistered>.Invalid("Result", "Før valgresultatet for listen først: stemmer og mandater.");
        }
        if (await SeatOfAsync(election, nomination) is not { } seat)
        {
            return Outcome<ElectedRegistered>.Invalid("Result", "Registeret har ingen vervtype for representanter i Sametinget ennå; før dem som verv for hånd.");
        }
        if (input.Roles is { Count: > 0 } asked && asked.Values.Any(k => !Roles.Contains(k)))
        {
            return Outcome<ElectedRegistered>.Invalid("Roles", "Velg ordfører, varaordfører eller gruppeleder.");
        }
        var elected = ElectedOrder.Of(nomination, election.Kind, result.Votes, result.Seats).Where(p => p.Elected).Select(p => nomination.Candidates.Single(c => c.Id == p.CandidateId)).ToList();
        if (input.Roles is { Count: > 0 } given && given.Keys.Any(id => elected.All(c => c.Id != id)))
        {
            return Outcome<ElectedRegistered>.Invalid("Roles", "Bare de valgte kan få et verv som ordfører, varaordfører eller gruppeleder.");
        }
        var term = TermOf(election.Day);
        var people = elected.Select(c => c.PersonId).ToList();
        var held = await db.PublicOffices.AsNoTracking().Where(o => people.Contains(o.PersonId) && o.Term.From == term.From).Select(o => new { o.PersonId, o.Kind }).ToListAsync();
        var added = 0;
        foreach (var c in elected)
        {
            foreach (var kind in new[] { seat.Kind }.Concat(input.Roles?.TryGetValue(c.Id, out var role) == true ? [role] : []))
            {
                if (!held.Any(h => h.PersonId == c.PersonId && h.Kind == kind))
                {
                    db.PublicOffices.Add(new PublicOffice(c.PersonId, kind, seat.Place, nomination.MunicipalityId, term));
                    added++;
                }
            }
        }
        await db.SaveChangesAsync();
        return new ElectedRegistered(added);
    });

    /// <summary>Null when the actor may change the list's count; the refusal otherwise.</summary>
    private async Task<Outcome<Guid>?> EditableAsync(Guid nominationId)
    {
        if (await nominations.DetailAsync(nominationId, withLinks: false) is not { List.Hidden: false } detail)
        {
            return Outcome<Guid>.NotFound("Fant ikke listen.");
        }
        if (!detail.Row.CanEdit)
        {
            return Outcome<Guid>.Forbidden("Bare de som har ansvaret for listen, kan føre personstemmene og registrere de valgte.");
        }
        return detail.Today < detail.Election.Day ? Outcome<Guid>.Invalid("PersonalVotes", $"Personstemmene føres fra valgdagen {NorwegianTime.Format(detail.Election.Day)}.") : null;
    }

    private Task<ListResult?> ResultOfAsync(Nomination n) => Results(n).SingleOrDefaultAsync();

    /// <summary>The list's result: one row or none.</summary>
    private IQueryable<ListResult> Results(Nomination n) =>
        db.ListResults.AsNoTracking().Where(r => r.ElectionId == n.ElectionId && r.CountyId == n.CountyId && r.MunicipalityId == n.MunicipalityId
            && r.ConstituencyId == n.ConstituencyId);

    /// <summary>The council seat the list elects to, and where it is held.</summary>
    private async Task<(PublicOfficeKind Kind, string Place)?> SeatOfAsync(Election election, Nomination nomination) => election.Kind switch
    {
        ElectionKind.Local when nomination.MunicipalityId is { } m =>
            (PublicOfficeKind.MunicipalCouncillor, $"{await db.Municipalities.Where(x => x.Id == m).Select(x => x.Name).SingleAsync()} kommunestyre"),
        ElectionKind.Local => (PublicOfficeKind.CountyCouncillor, $"{await db.Organisations.Where(o => o.Id == nomination.CountyId).Select(o => o.ShortName ?? o.Name).SingleAsync()} fylkesting"),
        ElectionKind.Storting => (PublicOfficeKind.MemberOfParliament, "Stortinget"),
        _ => null,
    };

    /// <summary>The council's term: from 1 October of the election year, four years.</summary>
    private static Term TermOf(LocalDate electionDay) => new(new LocalDate(electionDay.Year, 10, 1), new LocalDate(electionDay.Year + 4, 9, 30));
}
