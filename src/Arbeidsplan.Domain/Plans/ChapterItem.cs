namespace Arbeidsplan.Domain.Plans;

public sealed record ChapterItem(Guid Id, Guid? OriginId, string? Number, string Title, string? Text);
