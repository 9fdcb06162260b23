namespace Arbeidsplan.Domain.Plans;

/// <summary>One run of words in a word-level diff: kept, only in the old text, or only in the new.</summary>
public sealed record WordRun(ChangeKind Kind, string Text);
