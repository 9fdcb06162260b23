namespace Arbeidsplan.Domain.Planning;

/// <summary>The events a plan knows of, looked up by the words people use for them ("årsmøtet", "FS-møte", "valget").</summary>
public sealed class PlanCalendar(IEnumerable<CalendarEntry> entries)
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("fs-møte", "fylkesstyremøte"), ("fs møte", "fylkesstyremøte"), ("fsmøte", "fylkesstyremøte"),
        ("au-møte", "arbeidsutvalg"), ("ls-møte", "landsstyremøte"), ("lm", "landsmøte"),
    ];

    private readonly List<CalendarEntry> entries = entries.OrderBy(e => e.Days.Start).ToList();

    public static PlanCalendar Empty { get; } = new([]);

    public bool IsEmpty => entries.Count == 0;

    public IReadOnlyList<CalendarEntry> Entries => entries;

    /// <summary>Words too general to pick one event by ("møtet" could be any meeting).</summary>
    public static bool IsGeneric(string anchor) => Canonical(anchor) is "møtet" or "møtene" or "møte" or "arrangementet" or "samlingen";

    /// <summary>Events whose name contains the anchor word in some form, earliest first.</summary>
    public IReadOnlyList<CalendarEntry> Matching(string anchor)
    {
        if (IsGeneric(anchor))
        {
            return [];
        }
        foreach (var stem in Stems(Canonical(anchor)))
        {
            var found = entries.Where(e => e.Name.Contains(stem, StringComparison.OrdinalIgnoreCase)).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    public static string Canonical(string anchor)
    {
        var a = anchor.Trim().ToLowerInvariant();
        foreach (var (s, l) in Abbreviations)
        {
            if (a.StartsWith(s, StringComparison.Ordinal))
            {
                return l + a[s.Length..];
            }
        }
        return a;
    }

    /// <summary>The word, then the word without its definite ending, then without a trailing "periode".</summary>
    private static IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (var ending in new[] { "ene", "et", "en", "t", "a", "n", "ne" })
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
        var period = word.IndexOf("periode", StringComparison.Ordinal);
        if (period >= 4)
        {
            yield return word[..period];
        }
    }
}
