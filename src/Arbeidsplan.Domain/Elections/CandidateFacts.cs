using Arbeidsplan.Domain.Members;

namespace Arbeidsplan.Domain.Elections;

/// <summary>What a list says about a candidate besides the name: the birth year, gender, residence, standing again, cumulated.</summary>
public sealed record CandidateFacts(int BirthYear, Gender Gender, string? Residence, bool Rerunning, bool Cumulated);
