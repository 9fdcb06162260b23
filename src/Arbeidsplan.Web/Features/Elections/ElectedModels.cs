using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>A counted list: the candidates ranked by personal votes and cumulation, who is elected and the deputies' order, and the offices registered.</summary>
/// <param name="CountyCouncil">A county council's list, counted by its own rule (no bonus; personal votes from 8 % of the ballots).</param>
public sealed record ElectedView(Guid NominationId, string List, ElectionRow Election, int? ListVotes, int? Seats, IReadOnlyList<ElectedRow> Rows, bool CanEdit,
    bool Open, long Version, bool CountyCouncil);

public sealed record ElectedRow(Guid CandidateId, string Name, int Place, bool Cumulated, int? PersonalVotes, int Score, int Rank, bool Elected, int? Deputy,
    IReadOnlyList<string> Offices)
{
    /// <summary>What the count gave the candidate, in words: «Valgt», «2. vara», or nothing.</summary>
    public string Outcome => Elected ? "Valgt" : Deputy is { } d ? $"{d}. vara" : "";
}

public sealed class PersonalVotesInput
{
    /// <summary>Candidate → personal votes; a candidate left out keeps what it has.</summary>
    public Dictionary<Guid, int?>? Votes { get; set; } = [];
    public long? Version { get; set; }
}

public sealed class ElectedInput
{
    /// <summary>Offices besides the council seat for elected candidates: mayor, deputy mayor, group leader.</summary>
    public Dictionary<Guid, PublicOfficeKind>? Roles { get; set; }
}

public sealed record ElectedRegistered(int Offices);
