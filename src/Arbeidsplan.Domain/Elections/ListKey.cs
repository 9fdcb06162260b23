namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Which list of an election: the county (or the organisation that fields it) and the municipality or the constituency; neither
/// for the county's own list.
/// </summary>
public sealed record ListKey(Guid County, Guid? Municipality, Guid? Constituency);
