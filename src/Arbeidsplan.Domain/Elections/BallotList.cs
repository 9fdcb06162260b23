namespace Arbeidsplan.Domain.Elections;

/// <summary>A municipality's list as the candidates' file is matched against it: the candidates standing, by place and name.</summary>
public sealed record BallotList(Guid NominationId, string Municipality, IReadOnlyList<(Guid Id, int Place, string Name)> Candidates);
