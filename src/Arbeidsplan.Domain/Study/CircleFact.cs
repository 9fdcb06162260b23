using NodaTime;

namespace Arbeidsplan.Domain.Study;

/// <summary>What the requirement check needs to know of a circle.</summary>
public sealed record CircleFact(Guid OrganisationId, Guid? BodyId, Guid MaterialId, LocalDate EndsOn, int Hours);
