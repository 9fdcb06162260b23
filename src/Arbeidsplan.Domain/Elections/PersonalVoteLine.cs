namespace Arbeidsplan.Domain.Elections;

/// <summary>A line of the candidates' file that was read: the candidate found on the municipality's list, and the personal votes.</summary>
public sealed record PersonalVoteLine(int Line, Guid NominationId, Guid CandidateId, string Municipality, string Candidate, int Votes);
