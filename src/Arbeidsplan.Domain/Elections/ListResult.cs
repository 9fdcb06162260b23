using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// What a list got in an election: its votes, its share of the votes, its seats, and the change in share since the last election as
/// the results service gives it (else worked out from the last election's result here). One per list: a municipality's, or the
/// county's own (no municipality).
/// </summary>
public sealed class ListResult : IVersioned, IAudited
{
    public const int MaxSeats = 200;

    private ListResult() { }

    public ListResult(Guid electionId, Guid countyId, Guid? municipalityId, int votes, decimal share, int seats, decimal? change, Guid? constituencyId = null)
    {
        Id = Guid.CreateVersion7();
        (ElectionId, CountyId, MunicipalityId, ConstituencyId) = (electionId, countyId, municipalityId, constituencyId);
        Set(votes, share, seats, change);
    }

    public Guid Id { get; private set; }
    public Guid ElectionId { get; private set; }
    public Guid CountyId { get; private set; }
    public Guid? MunicipalityId { get; private set; }

    /// <summary>The constituency whose list it is (a Sámi parliament election's); null otherwise.</summary>
    public Guid? ConstituencyId { get; private set; }
    public int Votes { get; private set; }

    /// <summary>Per cent of the votes cast, 0–100.</summary>
    public decimal Share { get; private set; }
    public int Seats { get; private set; }

    /// <summary>Percentage points since the last election, as given; null when not given.</summary>
    public decimal? Change { get; private set; }
    public long Version { get; set; }
    public bool IsDemo { get; set; }

    public void Set(int votes, decimal share, int seats, decimal? change)
    {
        if (votes < 0)
        {
            throw new RuleViolation(nameof(Votes), "Antall stemmer kan ikke være under null.");
        }
        if (share is < 0 or > 100)
        {
            throw new RuleViolation(nameof(Share), "Oppslutningen er en prosent mellom 0 og 100.");
        }
        if (seats is < 0 or > MaxSeats)
        {
            throw new RuleViolation(nameof(Seats), $"Antall mandater må være mellom 0 og {MaxSeats}.");
        }
        if (change is < -100 or > 100)
        {
            throw new RuleViolation(nameof(Change), "Endringen er prosentpoeng mellom −100 og 100.");
        }
        (Votes, Share, Seats, Change) = (votes, Math.Round(share, 1), seats, change is { } c ? Math.Round(c, 1) : null);
    }
}
