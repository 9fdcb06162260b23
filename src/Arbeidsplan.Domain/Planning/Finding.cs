namespace Arbeidsplan.Domain.Planning;

public sealed record Finding(FindingKind Kind, string Message, PlaceKind Place, Guid PlaceId, string PlaceLabel);
