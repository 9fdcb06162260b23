namespace Arbeidsplan.Domain.Plans;

/// <summary>Compares two plans or two revisions: chapters, goals and measures added, removed or changed word by word.</summary>
public static class PlanDiff
{
    public static IReadOnlyList<DiffEntry> Compare(PlanContent older, PlanContent newer)
    {
        var entries = new List<DiffEntry>();
        entries.AddRange(Match(PlaceKind.Chapter, older.Chapters, newer.Chapters, c => c.Id, c => c.OriginId, c => c.Number ?? c.Title,
            c => $"{c.Number} {c.Title}\n{c.Text}".Trim(), PlanCheck.ChapterLabel));
        entries.AddRange(Match(PlaceKind.Goal, older.Goals, newer.Goals, g => g.Id, g => g.OriginId, _ => null,
            g => g.Indicator is null ? g.Text : $"{g.Text} ({g.Indicator})", g => g.Text));
        entries.AddRange(Match(PlaceKind.Measure, older.Measures, newer.Measures, m => m.Id, m => m.OriginId, m => m.Code,
            MeasureText, m => m.Code is null ? m.Text : $"{m.Code} {m.Text}"));
        return entries;
    }

    private static string MeasureText(MeasureItem m) =>
        $"{m.Text} — Ansvarlig: {(string.IsNullOrEmpty(m.Owner) ? "ingen" : m.Owner)} — Gjennomføring: {(string.IsNullOrEmpty(m.Timing) ? "ingen" : m.Timing)}";

    /// <summary>Pairs items by the item they were copied from, then by code or number, then by most words in common.</summary>
    private static IEnumerable<DiffEntry> Match<T>(PlaceKind place, IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, Guid> id,
        Func<T, Guid?> origin, Func<T, string?> key, Func<T, string> text, Func<T, string> label)
    {
        var unmatched = older.ToList();
        var pairs = new List<(T? Old, T? New)>();
        foreach (var n in newer)
        {
            var o = unmatched.FirstOrDefault(x => origin(n) == id(x) || origin(x) is { } xo && xo == origin(n) || id(x) == id(n));
            if (o is null && key(n) is { } k)
            {
                o = unmatched.FirstOrDefault(x => string.Equals(key(x), k, StringComparison.OrdinalIgnoreCase));
            }
            o ??= unmatched.Select(x => (x, Score: Similarity(text(x), text(n)))).Where(x => x.Score >= 0.5)
                .OrderByDescending(x => x.Score).Select(x => x.x).FirstOrDefault();
            if (o is not null)
            {
                unmatched.Remove(o);
            }
            pairs.Add((o, n));
        }
        foreach (var (o, n) in pairs)
        {
            if (o is null)
            {
                yield return new DiffEntry(place, ChangeKind.Added, label(n!), null, text(n!), [new WordRun(ChangeKind.Added, text(n!))]);
                continue;
            }
            var words = WordDiff.Compare(text(o), text(n!));
            var kind = words.All(w => w.Kind == ChangeKind.Unchanged) ? ChangeKind.Unchanged : ChangeKind.Changed;
            yield return new DiffEntry(place, kind, label(n!), text(o), text(n!), words);
        }
        foreach (var o in unmatched)
        {
            yield return new DiffEntry(place, ChangeKind.Removed, label(o), text(o), null, [new WordRun(ChangeKind.Removed, text(o))]);
        }
    }

    private static double Similarity(string a, string b)
    {
        var x = Words(a).Select(w => w.ToLowerInvariant()).ToHashSet();
        var y = Words(b).Select(w => w.ToLowerInvariant()).ToHashSet();
        return x.Count + y.Count == 0 ? 1 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    internal static string[] Words(string text) => text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
