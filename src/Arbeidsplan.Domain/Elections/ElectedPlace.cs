namespace Arbeidsplan.Domain.Elections;

/// <summary>Where a candidate ended up after the count: the rank, elected or the deputy's number (null when neither).</summary>
public sealed record ElectedPlace(Guid CandidateId, int Place, int Score, int Rank, bool Elected, int? Deputy);
