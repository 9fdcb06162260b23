using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// A measure written as one line: "Nominasjonsmøter i alle lokallag – Ansvar: Leder – innen 1. juli", "Kurs for nye styrer.
/// Frist: 1. mars. Ansvarleg: Studieleiar", "Regionmøter (Ansvar: Regionkontaktene)". Labelled parts (Ansvar, Frist, Når, Tid)
/// and a last part that reads as a time are taken out of the text; what is left is the measure.
/// </summary>
public static partial class MeasureLine
{
    public static (string Text, string? Owner, string? Timing) Split(string line)
    {
        if (line.Length > 2_000)
        {
            // A measure is a line; a longer text is kept whole rather than searched for labels at a cost that grows with its length.
            return (line.Trim(), null, null);
        }
        string? owner = null, timing = null;
        var text = line;
        foreach (Match m in Labelled().Matches(line).Reverse())
        {
            var value = m.Groups["value"].Value.Trim().TrimEnd('.', ',', ';', ')').Trim();
            if (value.Length == 0)
            {
                continue;
            }
            if (m.Groups["label"].Value.StartsWith("ansvar", StringComparison.OrdinalIgnoreCase))
            {
                owner ??= value;
            }
            else
            {
                timing ??= AsDeadline(m.Groups["label"].Value, value);
            }
            text = text[..m.Index] + text[(m.Index + m.Length)..];
        }
        if (timing is null && Parts().Split(text.Trim()) is { Length: >= 2 } parts && parts[^1].Trim().TrimEnd('.') is { } last
            && last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && TimingParser.Parse(last, PlanPeriod.Year(2000)).IsUnderstood)
        {
            // "… – innen 1. juli": a last part set off by a dash that reads as a time.
            timing = last;
            text = string.Join(" – ", parts[..^1]);
        }
        text = Tidy(text);
        return (text.Length == 0 ? line.Trim() : text, owner, timing);
    }

    /// <summary>
    /// "Frist: 1. mai" is a deadline, not the day of the measure: the label is kept in the timing ("frist 1. mai") unless the
    /// value already says so ("Frist: innen 1. mai").
    /// </summary>
    private static string AsDeadline(string label, string value) =>
        label.Equals("frist", StringComparison.OrdinalIgnoreCase) && !DeadlineWord().IsMatch(value) ? $"frist {value}" : value;

    /// <summary>True when the line names an owner or a time by label: then a numbered line is a measure, not a heading.</summary>
    public static bool HasLabels(string line) => line.Length <= 2_000 && Labelled().IsMatch(line);

    private static string Tidy(string text)
    {
        var tidy = Spaces().Replace(text.Replace("()", ""), " ");
        // "(Ansvar: Leder)" taken out leaves its closing bracket behind.
        if (tidy.Count(c => c == ')') > tidy.Count(c => c == '('))
        {
            tidy = tidy.Remove(tidy.LastIndexOf(')'), 1);
        }
        return Trailing().Replace(tidy, "").Trim();
    }

    // A label begins the line, follows a dash, a full stop, a semicolon or a parenthesis; its value runs to the next such break.
    [GeneratedRegex(@"(?:^|\s*[–—-]\s+|[.;,]\s+|\s*\(\s*|\s+)(?<label>ansvar(?:lig|leg)?|frist|når|kva tid|tid|tidspunkt|gjennomføring)\s*:\s*(?<value>[^–—;()]*?)(?=\s+[–—-]\s+|;|\)|\.\s+(?-i:\p{Lu})|\.?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s+[–—]\s+|\s+-\s+")] private static partial Regex Parts();
    [GeneratedRegex(@"^(frist|innen|innan|senest|seinast|før|innan)\b", RegexOptions.IgnoreCase)] private static partial Regex DeadlineWord();
    [GeneratedRegex(@"\s{2,}")] private static partial Regex Spaces();
    [GeneratedRegex(@"[\s–—,;-]+$")] private static partial Regex Trailing();
}
