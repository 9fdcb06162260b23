using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The committee's work on a list: candidates put on it (from the register, or a new person added to the list's organisation),
/// moved, changed, declined, taken off, and the council's seats that set the act's rules. Those who answer for the list only.
/// </summary>
public sealed class CandidateService(AppDbContext db, Guard guard, NominationService nominations, PublicElectionService elections, IClock clock)
{
    public Task<Outcome<CandidateListView>> AddAsync(CandidateInput input) => Outcome.Try(async () =>
    {
        var (nomination, owner, problem) = await OpenAsync(input.ElectionId, new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId), input.Version, create: true);
        if (problem is not null)
        {
            return problem;
        }
        Guid personId;
        if (input.PersonId is { } chosen)
        {
            var person = await db.Persons.AsNoTracking().Where(p => p.Id == chosen).Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync();
            if (person is not { } home || !await guard.CoversOrganisation(home))
            {
                return Outcome<CandidateListView>.Invalid(nameof(input.PersonId), "Velg en person i registeret du har ansvar for, eller skriv navnet.");
            }
            personId = chosen;
        }
        else
        {
            // Someone not in the register yet: added to the list's organisation with the name only, as the list needs no more.
            var person = new Person(owner!.Value, Text.Required(input.Name, nameof(input.Name), "Navnet", 200), null, null);
            db.Persons.Add(person);
            personId = person.Id;
        }
        var candidate = nomination!.AddCandidate(personId, Facts(input), input.Place);
        db.Candidates.Add(candidate);
        return await SaveAsync(input.ElectionId, new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId));
    });

    public Task<Outcome<CandidateListView>> ChangeAsync(Guid candidateId, CandidateInput input) => Outcome.Try(async () =>
    {
        if (await KeyOfAsync(candidateId) is not { } key)
        {
            return Outcome<CandidateListView>.NotFound("Fant ikke kandidaten.");
        }
        var (nomination, _, problem) = await OpenAsync(key.ElectionId, key.List, input.Version, create: false);
        if (problem is not null)
        {
            return problem;
        }
        var candidate = nomination!.Candidates.Single(c => c.Id == candidateId);
        if (input.Declined)
        {
            nomination.Decline(candidateId, clock.Today());
        }
        else
        {
            candidate.Update(Facts(input));
            if (input.Place is { } place && place != candidate.Place)
            {
                nomination.Move(candidateId, place);
            }
        }
        return await SaveAsync(key.ElectionId, key.List);
    });

    public Task<Outcome<CandidateListView>> RemoveAsync(Guid candidateId, long? version) => Outcome.Try(async () =>
    {
        if (await KeyOfAsync(candidateId) is not { } key)
        {
            return Outcome<CandidateListView>.NotFound("Fant ikke kandidaten.");
        }
        var (nomination, _, problem) = await OpenAsync(key.ElectionId, key.List, version, create: false);
        if (problem is not null)
        {
            return problem;
        }
        db.Candidates.Remove(nomination!.Remove(candidateId));
        return await SaveAsync(key.ElectionId, key.List);
    });

    public Task<Outcome<CandidateListView>> SeatsAsync(SeatsInput input) => Outcome.Try(async () =>
    {
        var (nomination, _, problem) = await OpenAsync(input.ElectionId, new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId), input.Version, create: true);
        if (problem is not null)
        {
            return problem;
        }
        nomination!.SetSeats(input.Seats);
        return await SaveAsync(input.ElectionId, new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId));
    });

    /// <summary>The one person of that name registered under the organisation, if there is exactly one; else null (a new person).</summary>
    public async Task<Guid?> PersonNamedAsync(Guid organisationId, string name)
    {
        var trimmed = name.Trim();
        var found = await db.Persons.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Name == trimmed).Select(p => p.Id).Take(2).ToListAsync();
        return found.Count == 1 ? found[0] : null;
    }

    private static CandidateFacts Facts(CandidateInput input) => new(
        input.BirthYear ?? throw new RuleViolation(nameof(input.BirthYear), "Oppgi fødselsåret."),
        input.Gender is { } gender and not Domain.Members.Gender.Unknown ? gender : throw new RuleViolation(nameof(input.Gender), "Velg kjønn."),
        input.Residence, input.Rerunning, input.Cumulated);

    private async Task<(Guid ElectionId, ListKey List)?> KeyOfAsync(Guid candidateId)
    {
        var key = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId)
            .Join(db.Nominations, c => c.NominationId, n => n.Id, (c, n) => new { n.ElectionId, n.CountyId, n.MunicipalityId, n.ConstituencyId }).SingleOrDefaultAsync();
        return key is null ? null : (key.ElectionId, new ListKey(key.CountyId, key.MunicipalityId, key.ConstituencyId));
    }

    /// <summary>The list's nomination with its candidates, for one who answers for it; made when the first candidate or seat count comes.</summary>
    private async Task<(Nomination? Nomination, Guid? Owner, Outcome<CandidateListView>? Problem)> OpenAsync(Guid electionId, ListKey list,
        long? version, bool create)
    {
        var election = await elections.ReachedAsync(electionId);
        if (election is null || !await guard.ReadsOrganisation(list.County))
        {
            return (null, null, Outcome<CandidateListView>.NotFound("Fant ikke listen."));
        }
        var owner = await nominations.OwnerAsync(election, new StepInput { ElectionId = electionId, CountyId = list.County, MunicipalityId = list.Municipality, ConstituencyId = list.Constituency });
        if (owner is null)
        {
            return (null, null, Outcome<CandidateListView>.Invalid(nameof(StepInput.MunicipalityId), "Organisasjonen stiller ikke denne listen ved dette valget (kommunen eller valgkretsen er ikke dens)."));
        }
        if (!await nominations.AnswersForAsync(owner.Value))
        {
            return (null, null, Outcome<CandidateListView>.Forbidden("Bare nominasjonskomiteen, lagets leder og de som har ansvaret over laget, kan arbeide med listen."));
        }
        var nomination = await db.Nominations.Include(n => n.Candidates)
            .SingleOrDefaultAsync(n => n.ElectionId == electionId && n.CountyId == list.County && n.MunicipalityId == list.Municipality && n.ConstituencyId == list.Constituency);
        if (nomination is null && create)
        {
            nomination = new Nomination(electionId, list.County, list.Municipality, list.Constituency);
            db.Nominations.Add(nomination);
        }
        else if (nomination is null)
        {
            return (null, null, Outcome<CandidateListView>.NotFound("Fant ikke listen."));
        }
        else
        {
            db.ExpectVersion(nomination, version);
        }
        return (nomination, owner, null);
    }

    private async Task<Outcome<CandidateListView>> SaveAsync(Guid electionId, ListKey list)
    {
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<CandidateListView>.Conflict("Noen andre endret listen samtidig. Last inn siden og se hva som er lagret.");
        }
        return await nominations.DetailAsync(electionId, list.County, list.Municipality, list.Constituency) is { } detail ? detail.List : Outcome<CandidateListView>.NotFound();
    }
}
