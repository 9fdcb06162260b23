using System.Globalization;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Reads a plan for what its authors would want told before adoption: stale year references, one activity
/// with two deadlines, measures without owner or timing, timing not understood, goals without measures,
/// numbering that repeats or jumps, owners that match no position type or body.
/// </summary>
public static partial class PlanCheck
{
    public static IReadOnlyList<Finding> Run(PlanContent plan)
    {
        var findings = new List<Finding>();
        StaleYears(plan, findings);
        ConflictingDeadlines(plan, findings);
        Measures(plan, findings);
        GoalsWithoutMeasures(plan, findings);
        Numbering(plan, findings);
        return findings;
    }

    private static void StaleYears(PlanContent plan, List<Finding> findings)
    {
        var (from, to, label) = (plan.Period.From.Year, plan.Period.To.Year, plan.Period.Label);
        foreach (var (place, id, name, text) in Prose(plan))
        {
            ProseYears(text, from, to, label, findings, (place, id, name));
        }
        foreach (var (place, id, name, text) in Dated(plan))
        {
            // A measure's text and timing and a chapter's title say when the work is done: every year outside the period is
            // flagged, in any form ("2024", "Mars 2024", "2024 og 2026", "Valget 2023"), except a count's date ("per 31.12.2025").
            foreach (var year in AnyYear().Matches(text).Where(m => !CountDate().IsMatch(Tail(text[..m.Index], 14)))
                .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct())
            {
                if (year < from && year >= from - 10)
                {
                    findings.Add(new Finding(FindingKind.StaleYear, $"«{year}» i en plan for {label}: året er før planperioden. Gjelder dette egentlig {label}?", place, id, name));
                }
                else if (year > to && year <= to + 10)
                {
                    findings.Add(new Finding(FindingKind.StaleYear, $"«{year}» i en plan for {label}: året er etter planperioden.", place, id, name));
                }
            }
        }
    }

    /// <summary>
    /// Prose tells of the past and of elections to come ("etter valget i 2025", "kommunevalget 2027", "per 31.12.2025"), so a
    /// year outside the period is flagged only where it reads as the plan's own work: bare ("årsmelding 2024") or timed ("i 2028"),
    /// not part of a span that covers the period ("programmet 2025–2029").
    /// </summary>
    private static void ProseYears(string text, int from, int to, string label, List<Finding> findings, (PlaceKind Place, Guid Id, string Name) at)
    {
        var spans = YearSpan().Matches(text).Where(m => Int(m, "a") <= to && Int(m, "b") >= from).ToList();
        foreach (Match m in AnyYear().Matches(text))
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            var before = text[..m.Index];
            if (spans.Any(s => m.Index >= s.Index && m.Index < s.Index + s.Length) || PastEvent().IsMatch(Tail(before, 40)) || CountDate().IsMatch(Tail(before, 14)))
            {
                continue;
            }
            var said = YearInContext().Match(Tail(before, 20) + m.Value) is { Success: true } c ? c.Value.Trim() : m.Value;
            if (year < from && year >= from - 4)
            {
                findings.Add(new Finding(FindingKind.StaleYear, $"«{said}» i en plan for {label}: gjelder dette egentlig {label}?", at.Place, at.Id, at.Name));
            }
            else if (year > to && year <= to + 4)
            {
                findings.Add(new Finding(FindingKind.StaleYear, $"«{said}» i en plan for {label}: året er etter planperioden.", at.Place, at.Id, at.Name));
            }
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static IEnumerable<(PlaceKind Place, Guid Id, string Label, string Text)> Prose(PlanContent plan) =>
        plan.Chapters.Select(c => (PlaceKind.Chapter, c.Id, ChapterLabel(c), c.Text ?? ""))
            .Concat(plan.Goals.Select(g => (PlaceKind.Goal, g.Id, Short(g.Text), g.Text)));

    private static IEnumerable<(PlaceKind Place, Guid Id, string Label, string Text)> Dated(PlanContent plan) =>
        plan.Chapters.Select(c => (PlaceKind.Chapter, c.Id, ChapterLabel(c), c.Title))
            .Concat(plan.Measures.Select(m => (PlaceKind.Measure, m.Id, MeasureLabel(m), $"{m.Text} {m.Timing}")));

    private static void ConflictingDeadlines(PlanContent plan, List<Finding> findings)
    {
        var seen = new Dictionary<string, List<(string Deadline, PlaceKind Place, Guid Id, string Label, string Name)>>();
        foreach (var (place, id, label, text) in Texts(plan))
        {
            foreach (Match m in NamedActivity().Matches(text))
            {
                var name = m.Groups["name"].Value.Trim();
                var key = new string(name.ToLowerInvariant().Where(char.IsLetter).ToArray());
                var deadline = TimingParser.Parse(m.Groups["when"].Value, plan.Period);
                if (key.Length < 6 || deadline.Due is not { } due)
                {
                    continue;
                }
                var list = seen.TryGetValue(key, out var l) ? l : seen[key] = [];
                list.Add((NorwegianDates.Long(due), place, id, label, name));
            }
        }
        foreach (var list in seen.Values.Where(l => l.Select(x => x.Deadline).Distinct().Count() > 1))
        {
            var all = string.Join("; ", list.GroupBy(x => x.Deadline).Select(g => $"{g.Key} i {string.Join(", ", g.Select(x => x.Label).Distinct())}"));
            foreach (var (_, place, id, label, name) in list.DistinctBy(x => (x.Id, x.Deadline)))
            {
                findings.Add(new Finding(FindingKind.ConflictingDeadlines, $"«{name}» har ulike frister i planen: {all}.", place, id, label));
            }
        }
    }

    private static void Measures(PlanContent plan, List<Finding> findings)
    {
        foreach (var m in plan.Measures)
        {
            var label = MeasureLabel(m);
            if (string.IsNullOrWhiteSpace(m.Owner))
            {
                findings.Add(new Finding(FindingKind.MissingOwner, "Tiltaket har ingen ansvarlig.", PlaceKind.Measure, m.Id, label));
            }
            else if (!m.OwnerKnown)
            {
                findings.Add(new Finding(FindingKind.UnknownOwner, $"Ansvarlig «{m.Owner}» passer ikke med noen vervtype, noe styre eller utvalg.", PlaceKind.Measure, m.Id, label));
            }
            if (string.IsNullOrWhiteSpace(m.Timing))
            {
                findings.Add(new Finding(FindingKind.MissingTiming, "Tiltaket har ingen gjennomføring (tid).", PlaceKind.Measure, m.Id, label));
            }
            else if (!m.TimingUnderstood)
            {
                findings.Add(new Finding(FindingKind.TimingNotUnderstood, $"Gjennomføringen «{m.Timing}» ble ikke forstått: {m.TimingUnclear}.", PlaceKind.Measure, m.Id, label));
            }
        }
    }

    private static void GoalsWithoutMeasures(PlanContent plan, List<Finding> findings)
    {
        var linked = plan.Measures.SelectMany(m => m.GoalIds).ToHashSet();
        foreach (var g in plan.Goals.Where(g => !linked.Contains(g.Id)))
        {
            findings.Add(new Finding(FindingKind.GoalWithoutMeasures, "Målet har ingen tiltak knyttet til seg.", PlaceKind.Goal, g.Id, Short(g.Text)));
        }
    }

    private static void Numbering(PlanContent plan, List<Finding> findings)
    {
        var numbered = plan.Chapters.Where(c => Number(c.Number) is not null).ToList();
        var seen = new HashSet<string>();
        int[]? previous = null;
        foreach (var c in numbered)
        {
            var parts = Number(c.Number)!;
            var label = ChapterLabel(c);
            var key = string.Join('.', parts);
            if (!seen.Add(key))
            {
                findings.Add(new Finding(FindingKind.Numbering, $"Nummer {key} er brukt mer enn én gang.", PlaceKind.Chapter, c.Id, label));
            }
            else if (previous is not null && !Follows(previous, parts))
            {
                findings.Add(new Finding(FindingKind.Numbering, $"Nummereringen hopper fra {string.Join('.', previous)} til {key}.", PlaceKind.Chapter, c.Id, label));
            }
            previous = parts;
        }
        foreach (var group in plan.Measures.Where(m => m.Code is not null).GroupBy(m => m.Code!.Trim().ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            foreach (var m in group)
            {
                findings.Add(new Finding(FindingKind.Numbering, $"Koden {m.Code} er brukt på flere tiltak.", PlaceKind.Measure, m.Id, MeasureLabel(m)));
            }
        }
    }

    /// <summary>1 → 1.1, 1.1 → 1.2, 1.2.3 → 2: the next number is one more at some level, with nothing skipped.</summary>
    private static bool Follows(int[] previous, int[] next)
    {
        if (next.Length == previous.Length + 1 && next[^1] == 1 && next.AsSpan(..^1).SequenceEqual(previous))
        {
            return true;
        }
        for (var level = Math.Min(previous.Length, next.Length); level >= 1; level--)
        {
            if (next.Length == level && next.AsSpan(..(level - 1)).SequenceEqual(previous.AsSpan(..(level - 1))) && next[level - 1] == previous[level - 1] + 1)
            {
                return true;
            }
        }
        return false;
    }

    private static int[]? Number(string? number)
    {
        var cleaned = number?.Replace(" ", "").TrimEnd('.');
        if (string.IsNullOrEmpty(cleaned))
        {
            return null;
        }
        var parts = cleaned.Split('.');
        return parts.All(p => int.TryParse(p, out _)) ? parts.Select(int.Parse).ToArray() : null;
    }

    private static IEnumerable<(PlaceKind Place, Guid Id, string Label, string Text)> Texts(PlanContent plan)
    {
        foreach (var c in plan.Chapters)
        {
            yield return (PlaceKind.Chapter, c.Id, ChapterLabel(c), $"{c.Title}\n{c.Text}");
        }
        foreach (var g in plan.Goals)
        {
            yield return (PlaceKind.Goal, g.Id, Short(g.Text), g.Text);
        }
        foreach (var m in plan.Measures)
        {
            yield return (PlaceKind.Measure, m.Id, MeasureLabel(m), $"{m.Text} {m.Timing}");
        }
    }

    public static string ChapterLabel(ChapterItem c) => c.Number is null ? c.Title : $"{c.Number} {c.Title}";

    private static string MeasureLabel(MeasureItem m) => m.Code is null ? Short(m.Text) : $"{m.Code} {Short(m.Text)}";

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    [GeneratedRegex(@"(?i)\b(?:i|for|gjennom|høsten|våren|sommeren|året|arbeidsåret|innen|løpet av)\s+(?<y>(?:19|20)\d{2})\b")] private static partial Regex YearInContext();
    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d,])")] private static partial Regex AnyYear();
    [GeneratedRegex(@"(?<a>(?:19|20)\d{2})\s*[-–]\s*(?<b>(?:19|20)\d{2})")] private static partial Regex YearSpan();
    [GeneratedRegex(@"(?i)(?:per\.?|pr\.?|siden|\d{1,2}\.\d{1,2}\.)\s*$")] private static partial Regex CountDate();
    [GeneratedRegex(@"(?i)(?:valg\w*|etter|siden|per\.?|fra|ble|hadde|var|endret|resultat\w*|\d{1,2}\.\d{1,2}\.)\s*$|(?:valget|valgene)\s+\S*\s*$")] private static partial Regex PastEvent();

    /// <summary>A named activity in «quotes» (the closing quote may be missing) and the deadline written after it.</summary>
    [GeneratedRegex(@"«(?<name>[^»\n]{6,120}?)(?:»|(?=\s+innen))[^.\n]{0,60}?(?<when>(?:innen|før|senest)\s+\d{1,2}\.\s*[\p{L}]+(?:\s+\d{4})?)")] private static partial Regex NamedActivity();
}
