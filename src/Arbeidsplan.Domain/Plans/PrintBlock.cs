namespace Arbeidsplan.Domain.Plans;

/// <summary>A piece of a chapter's text as a printed plan shows it: a paragraph, or a table (the date plan's «Måned | Dato | Aktivitet» rows).</summary>
public sealed record PrintBlock(string? Paragraph, IReadOnlyList<string>? Header, IReadOnlyList<IReadOnlyList<string>>? Rows)
{
    public bool IsTable => Rows is not null;
}
