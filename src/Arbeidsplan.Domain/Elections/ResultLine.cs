namespace Arbeidsplan.Domain.Elections;

/// <summary>The party's result in one municipality, as read from a line of a results file.</summary>
public sealed record ResultLine(int Line, Guid MunicipalityId, string Municipality, int Votes, decimal Share, int Seats, decimal? Change);
