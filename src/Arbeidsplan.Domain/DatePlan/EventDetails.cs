namespace Arbeidsplan.Domain.DatePlan;

/// <summary>What is written about an event, apart from when it is.</summary>
public sealed record EventDetails(
    Guid KindId, string Title, Guid? BodyId = null, string? Place = null, string? Link = null, string? Description = null,
    EventVisibility Visibility = EventVisibility.Public, Guid? HostId = null);
