namespace Arbeidsplan.Domain.Plans;

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

    /// <summary>The date plan a plan prints in its own chapters (those whose title names it), for a year the calendar does not have yet.</summary>
    public static PlanCalendar FromChapters(IEnumerable<(string Title, string? Text)> chapters, PlanPeriod period) =>
        DatePlanText.Calendar(string.Join('\n', chapters.Where(c => c.Title.Contains("datoplan", StringComparison.OrdinalIgnoreCase)).Select(c => c.Text)), period);

    /// <summary>These entries and the events together; an entry the events already have (same day, same name) is kept once.</summary>
    public PlanCalendar With(IReadOnlyList<CalendarEntry> events) =>
        events.Count == 0 ? this : new PlanCalendar(entries
            .Where(c => !events.Any(e => e.Days.Start == c.Days.Start && e.Name.Equals(c.Name, StringComparison.OrdinalIgnoreCase))).Concat(events));

    /// <summary>Words too general to pick one event by ("møtet" could be any meeting).</summary>
    public static bool IsGeneric(string anchor) => Canonical(anchor) is "møtet" or "møtene" or "møte" or "arrangementet" or "samlingen";

    /// <summary>
    /// Events whose name has the anchor word in some form, earliest first: as a word or at the end of a compound
    /// ("årsmøtet" finds "Fylkesårsmøte"), not at the start of one ("sommeren" does not find "Sommerkurs").
    /// </summary>
    public IReadOnlyList<CalendarEntry> Matching(string anchor)
    {
        if (IsGeneric(anchor))
        {
            return [];
        }
        foreach (var stem in Stems(Canonical(anchor)))
        {
            var found = entries.Where(e => EndsAWord(e.Name, stem)).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    private static readonly string[] WordEndings = ["", "e", "en", "et", "er", "ene", "a", "ne", "n", "t", "s"];

    /// <summary>The stem is somewhere in the name and only an inflection follows it before the word ends.</summary>
    private static bool EndsAWord(string name, string stem)
    {
        for (var at = name.IndexOf(stem, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(stem, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + stem.Length;
            while (end < name.Length && char.IsLetter(name[end]))
            {
                end++;
            }
            if (WordEndings.Contains(name[(at + stem.Length)..end].ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
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
