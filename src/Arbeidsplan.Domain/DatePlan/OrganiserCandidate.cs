using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>An organisation an imported row may name as its organiser.</summary>
public sealed record OrganiserCandidate(Guid Id, string Name, string? ShortName, OrganisationKind Kind);
