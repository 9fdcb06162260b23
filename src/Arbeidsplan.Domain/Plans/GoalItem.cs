namespace Arbeidsplan.Domain.Plans;

public sealed record GoalItem(Guid Id, Guid? OriginId, Guid? ChapterId, string Text, string? Indicator = null);
