using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The nomination for one list of an election: a municipality's (by the branch that covers it, or by the county while it has
/// none) or the county council's. Its steps are recorded as they are taken; a step out of order is allowed, with a warning said
/// plainly, since a list adopted in a hurry is still a list.
/// </summary>
public sealed class Nomination : IVersioned, IAudited
{
    private readonly List<NominationStep> steps = [];
    private readonly List<Candidate> candidates = [];

    private Nomination() { }

    /// <param name="municipalityId">The municipality whose list it is; null for the county's own list or a constituency's.</param>
    /// <param name="constituencyId">The constituency whose list it is (a Sámi parliament election's), fielded by the county given.</param>
    public Nomination(Guid electionId, Guid countyId, Guid? municipalityId, Guid? constituencyId = null)
    {
        if (municipalityId is not null && constituencyId is not null)
        {
            throw new RuleViolation(nameof(ConstituencyId), "En liste er en kommunes eller en valgkrets', ikke begge.");
        }
        Id = Guid.CreateVersion7();
        (ElectionId, CountyId, MunicipalityId, ConstituencyId) = (electionId, countyId, municipalityId, constituencyId);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }

    /// <summary>The county organisation that answers for the municipality.</summary>
    public Guid CountyId { get; private set; }
    public Guid? MunicipalityId { get; private set; }

    /// <summary>The constituency whose list it is, in an election that has constituencies of its own (the Sámi parliament's).</summary>
    public Guid? ConstituencyId { get; private set; }
    public IReadOnlyList<NominationStep> Steps => steps;

    /// <summary>The list: the candidates standing by their place, then those who declined.</summary>
    public IReadOnlyList<Candidate> Candidates => candidates;

    /// <summary>The council's (or the constituency's) seats, which set how many names the list must and may hold.</summary>
    public int? Seats { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>
    /// Records a step taken (again: the new day replaces the old). Returns a warning when steps before it are not taken, or null.
    /// </summary>
    public (NominationStep Step, string? Warning) Record(NominationStepKind kind, LocalDate on, LocalDate electionDay, LocalDate today, string by, string? note, Guid? linkId = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new RuleViolation("Kind", "Velg et av nominasjonens steg.");
        }
        if (on > electionDay)
        {
            throw new RuleViolation("On", $"Datoen er etter valgdagen {NorwegianTime.Format(electionDay)}.");
        }
        if (on > today)
        {
            throw new RuleViolation("On", "Et steg registreres når det er tatt: datoen kan ikke være etter i dag.");
        }
        // Made before the old one goes: a step refused (a note too long, a link its kind cannot have) leaves the one recorded.
        var step = new NominationStep(Id, kind, on, by, note, linkId);
        steps.RemoveAll(s => s.Kind == kind);
        steps.Add(step);
        var missing = NominationStepKinds.All.Where(k => k < kind && steps.All(s => s.Kind != k)).ToList();
        return (step, missing.Count == 0 ? null
            : $"Registrert, men {NorwegianText.List([.. missing.Select(k => $"«{k.Label().ToLowerInvariant()}»")])} er ikke registrert ennå.");
    }

    /// <summary>What the list must hold by the band of the act that fits it; null before its seats are known, or without a band.</summary>
    public ListRules? Rules(ElectionKind kind, IEnumerable<ListRuleBand> bands) => Seats is { } seats ? ListRules.For(bands, kind, MunicipalityId is null, seats) : null;

    public void SetSeats(int? seats)
    {
        if (seats is < 1 or > 200)
        {
            throw new RuleViolation(nameof(Seats), "Oppgi antall representanter, mellom 1 og 200.");
        }
        Seats = seats;
    }

    /// <summary>Puts a person on the list, at the place given (the end when none); a person is on a list once.</summary>
    public Candidate AddCandidate(Guid personId, CandidateFacts facts, int? place = null)
    {
        if (candidates.Any(c => c.PersonId == personId))
        {
            throw new RuleViolation("PersonId", "Personen står allerede på listen.");
        }
        var end = Standing().Count + 1;
        if (place is < 1 || place > end)
        {
            throw new RuleViolation("Place", $"Velg en plass fra 1 til {end}.");
        }
        var candidate = new Candidate(Id, personId, end, facts);
        candidates.Add(candidate);
        Move(candidate.Id, place ?? candidate.Place);
        return candidate;
    }

    /// <summary>Moves a standing candidate to a place (1 is the top); those between shift one place.</summary>
    public void Move(Guid candidateId, int place)
    {
        var standing = Standing();
        var candidate = standing.FirstOrDefault(c => c.Id == candidateId)
            ?? throw new RuleViolation("CandidateId", "Kandidaten står ikke på listen (har takket nei eller er fjernet).");
        if (place < 1 || place > standing.Count)
        {
            throw new RuleViolation("Place", $"Velg en plass fra 1 til {standing.Count}.");
        }
        standing.Remove(candidate);
        standing.Insert(place - 1, candidate);
        Number(standing);
    }

    /// <summary>Records that a candidate said no: kept on the page as declined, off the list, the rest close up.</summary>
    public void Decline(Guid candidateId, LocalDate on)
    {
        var candidate = Find(candidateId);
        candidate.Decline(on);
        Number(Standing());
    }

    /// <summary>Takes a candidate off the list entirely (entered by mistake); the rest close up.</summary>
    public Candidate Remove(Guid candidateId)
    {
        var candidate = Find(candidateId);
        candidates.Remove(candidate);
        Number(Standing());
        return candidate;
    }

    private Candidate Find(Guid candidateId) =>
        candidates.FirstOrDefault(c => c.Id == candidateId) ?? throw new RuleViolation("CandidateId", "Fant ikke kandidaten på listen.");

    private List<Candidate> Standing() => [.. candidates.Where(c => c.DeclinedOn is null && c.Place > 0).OrderBy(c => c.Place)];

    private static void Number(List<Candidate> standing)
    {
        for (var i = 0; i < standing.Count; i++)
        {
            standing[i].Place = i + 1;
        }
    }

    /// <summary>The counted personal votes of the candidates given; one who said no got none.</summary>
    public void SetPersonalVotes(IReadOnlyDictionary<Guid, int?> votes)
    {
        foreach (var (id, count) in votes)
        {
            var candidate = candidates.SingleOrDefault(c => c.Id == id) ?? throw new RuleViolation("PersonalVotes", "Kandidaten står ikke på denne listen.");
            if (candidate.DeclinedOn is not null && count is > 0)
            {
                throw new RuleViolation("PersonalVotes", "En som takket nei, står ikke på stemmeseddelen.");
            }
            candidate.SetPersonalVotes(count);
        }
    }

    /// <summary>Takes a step back (recorded by mistake).</summary>
    public void Undo(NominationStepKind kind) => steps.RemoveAll(s => s.Kind == kind);
}
