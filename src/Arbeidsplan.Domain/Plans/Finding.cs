namespace Arbeidsplan.Domain.Plans;

public sealed record Finding(FindingKind Kind, string Message, PlaceKind Place, Guid PlaceId, string PlaceLabel);
