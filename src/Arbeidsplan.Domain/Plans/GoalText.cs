using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Reads a goal's figures from its sentence: a count with a unit the system knows ("50 nye medlemmer", "minst fire
/// representanter", "1200 betalende medlemmer per 31.12.2027") is the target, or the baseline when it is dated before the plan
/// ("955 betalende medlemmer per 31.12.2025"); "fra 955 til 1 200 medlemmer" gives both. Paying members and study hours are
/// linked to their source, so the indicator's value follows the register.
/// </summary>
public static partial class GoalText
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["én"] = 1, ["ein"] = 1, ["to"] = 2, ["tre"] = 3, ["fire"] = 4, ["fem"] = 5, ["seks"] = 6, ["sju"] = 7, ["syv"] = 7, ["åtte"] = 8,
        ["ni"] = 9, ["ti"] = 10, ["elleve"] = 11, ["tolv"] = 12, ["femten"] = 15, ["tjue"] = 20, ["tyve"] = 20, ["tretti"] = 30, ["førti"] = 40,
        ["femti"] = 50, ["seksti"] = 60, ["sytti"] = 70, ["åtti"] = 80, ["hundre"] = 100,
    };

    /// <summary>The goal the sentence states with its indicator, or null when it names no count the system knows.</summary>
    public static ImportedGoal? Read(string sentence, int? planYear)
    {
        if (sentence.Length > MaxSentence)
        {
            // A goal is a sentence; a page-long paragraph is text, and reading it would cost more than it gives.
            return null;
        }
        if (Range().Match(sentence) is { Success: true } range && Number(range.Groups["from"].Value) is { } from && Number(range.Groups["to"].Value) is { } to && from != to)
        {
            var (name, source) = Unit(range.Groups["unit"].Value, sentence);
            return new ImportedGoal(Text(sentence), new Indicator(name, range.Groups["unit"].Value.ToLowerInvariant(), from, null, to, Dated(range, planYear), source: source));
        }
        if (Count().Match(sentence) is not { Success: true } m || Number(m.Groups["n"].Value) is not { } value)
        {
            return null;
        }
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (!char.IsDigit(m.Groups["n"].Value[0]) && unit is not ("representanter" or "representantar" or "lokallag" or "lister" or "listar" or "kommuner" or "kommunar"))
        {
            // "Styret skal ha fem medlemmer" is the board's size: a count in words is a target only for representatives, branches and lists.
            return null;
        }
        var (indicatorName, indicatorSource) = Unit(unit, sentence);
        // "per 31.12.2025, 955 medlemmer": a date at a count may stand before it too.
        var on = Dated(m, planYear) ?? Dated(AnyDate().Match(sentence), planYear);
        var before = on is { } d && (planYear is { } y ? d.Year < y : !TargetCue().IsMatch(sentence));
        if (before)
        {
            var label = $"{value} {unit} per {on!.Value.Day:D2}.{on.Value.Month:D2}.{on.Value.Year}";
            return new ImportedGoal(label, new Indicator(indicatorName, unit, value, on, null, null, source: indicatorSource),
                "Utgangsverdi funnet i teksten; målverdien må fylles inn.");
        }
        if (on is null && !TargetCue().IsMatch(sentence))
        {
            return null;
        }
        return new ImportedGoal(Text(sentence), new Indicator(indicatorName, unit, null, null, value, on, source: indicatorSource));
    }

    /// <summary>The indicator a unit names; people at meetings and lists in municipalities are counted where the plan says so.</summary>
    private static (string Name, IndicatorSource Source) Unit(string unit, string sentence) => unit.ToLowerInvariant() switch
    {
        var u when (u.StartsWith("person", StringComparison.Ordinal) || u.StartsWith("deltak", StringComparison.Ordinal) || u.StartsWith("deltag", StringComparison.Ordinal))
            && Meetings().IsMatch(sentence) => ("Deltakere per møte", IndicatorSource.MeetingAttendance),
        var u when u.StartsWith("list", StringComparison.Ordinal) => ("Lister levert", IndicatorSource.ListsFiled),
        var u when u.StartsWith("kommun", StringComparison.Ordinal) => Lists().IsMatch(sentence) ? ("Lister levert", IndicatorSource.ListsFiled) : ("Kommuner", IndicatorSource.Manual),
        var u when u.StartsWith("betalende", StringComparison.Ordinal) || u.StartsWith("betalande", StringComparison.Ordinal) => ("Betalende medlemmer", IndicatorSource.MemberStatistics),
        var u when u.StartsWith("nye", StringComparison.Ordinal) => ("Nye medlemmer", IndicatorSource.Manual),
        var u when u.StartsWith("medlem", StringComparison.Ordinal) => ("Medlemmer", IndicatorSource.MemberStatistics),
        var u when u.StartsWith("studietim", StringComparison.Ordinal) => ("Studietimer", IndicatorSource.StudyStatistics),
        var u when u.StartsWith("representant", StringComparison.Ordinal) => ("Representanter", IndicatorSource.Manual),
        var u when u.StartsWith("lokallag", StringComparison.Ordinal) => ("Lokallag", IndicatorSource.Manual),
        _ => ("Deltakere", IndicatorSource.Manual),
    };

    private static decimal? Number(string text)
    {
        var digits = text.Replace(" ", "").Replace("\u00a0", "").Replace(".", "");
        return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Words.TryGetValue(text.Trim(), out var w) ? w : null;
    }

    private static LocalDate? Dated(Match m, int? planYear)
    {
        if (!m.Success || !m.Groups["y"].Success)
        {
            return null;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["d"].Success)
        {
            // "innen 2027", "i 2028": the year's end.
            return year >= (planYear ?? 0) ? new LocalDate(year, 12, 31) : null;
        }
        var (day, month) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    private static string Text(string sentence) => sentence.Trim().TrimStart('•', '-', '*', ' ');

    private const int MaxSentence = 2_000;

    // Atomic and bounded, so a long run of digit groups cannot make the reader backtrack; a number word is a word of its own ("netto" is no "to").
    private const string N = @"(?>\d{1,3}(?:[ \u00a0.]\d{3}){1,3}(?!\d)|\d{1,7}|(?<![\p{L}])(?:én|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tyve|tretti|førti|femti|seksti|sytti|åtti|hundre)(?![\p{L}]))";
    private const string U = @"betalende medlemmer|betalande medlemer|nye medlemmer|nye medlemer|medlemmer|medlemer|studietimer|studietimar|representanter|representantar|lokallag|personer|deltakere|deltagere|deltakarar|personar|lister|listar|kommuner|kommunar";
    private const string D = @"(?:per\.?|pr\.?|innen|innan|ved utgangen av|i)\s*(?:(?<d>\d{1,2})\.(?<mo>\d{1,2})\.)?(?<y>20\d{2})";

    [GeneratedRegex(@"(?<![\d\p{L}])(?<n>" + N + @")\s+(?:netto\s+|totalt\s+)?(?<unit>" + U + @")\b(?:[^.\d]{0,40}?" + D + ")?", RegexOptions.IgnoreCase)] private static partial Regex Count();
    [GeneratedRegex(@"\bfra\s+(?<from>" + N + @")\s+(?:" + U + @")?\s*til\s+(?<to>" + N + @")\s+(?<unit>" + U + @")\b(?:[^.\d]{0,40}?" + D + ")?", RegexOptions.IgnoreCase)] private static partial Regex Range();
    [GeneratedRegex(@"(?:per|pr)\.?\s*(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>20\d{2})", RegexOptions.IgnoreCase)] private static partial Regex AnyDate();
    [GeneratedRegex(@"møte|møta|samling", RegexOptions.IgnoreCase)] private static partial Regex Meetings();
    [GeneratedRegex(@"\bliste", RegexOptions.IgnoreCase)] private static partial Regex Lists();
    [GeneratedRegex(@"\b(?:skal|minst|mål|målet|målsetting|øke|auke|verve|nå|oppnå|ha|få|vil)\b", RegexOptions.IgnoreCase)] private static partial Regex TargetCue();
}
