namespace Arbeidsplan.Domain.Planning;

public sealed record ChapterItem(Guid Id, Guid? OriginId, string? Number, string Title, string? Text);
