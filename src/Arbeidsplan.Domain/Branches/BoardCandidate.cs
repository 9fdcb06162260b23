using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Branches;

/// <summary>A position type as the scorecard's defaults read it: its roles, and how many branch positions hold it.</summary>
public sealed record BoardCandidate(Guid TypeId, PositionRole Roles, int HeldInBranches);
