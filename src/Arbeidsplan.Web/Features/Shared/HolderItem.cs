namespace Arbeidsplan.Web.Features.Shared;

/// <summary>A position as lists show it: who holds what, where and when.</summary>
public sealed record HolderItem(
    Guid PositionId, Guid PersonId, string PersonName, Guid PositionTypeId, string PositionTypeName,
    Guid? RegionId, string? RegionName, DateOnly From, DateOnly? To, bool IsActive);
