using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>Month and weekday names, number words and date wording in Bokmål (with common Nynorsk and short forms).</summary>
public static class NorwegianDates
{
    public static readonly string[] MonthNames =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    public static readonly string[] WeekdayNames = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, int> Numbers = new()
    {
        ["en"] = 1, ["ei"] = 1, ["ett"] = 1, ["én"] = 1, ["éin"] = 1, ["to"] = 2, ["tre"] = 3, ["fire"] = 4, ["fem"] = 5,
        ["seks"] = 6, ["sju"] = 7, ["syv"] = 7, ["åtte"] = 8, ["ni"] = 9, ["ti"] = 10, ["elleve"] = 11, ["tolv"] = 12,
        ["fjorten"] = 14,
    };

    /// <summary>Regex alternation of every month spelling, longest first.</summary>
    public static readonly string MonthPattern =
        string.Join("|", Months.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(".", @"\.")));

    public static readonly string NumberPattern =
        @"\d{1,2}|" + string.Join("|", Numbers.Keys.OrderByDescending(k => k.Length));

    public static int? Month(string word) => Months.TryGetValue(word.Trim().ToLowerInvariant(), out var m) ? m : null;

    public static int? Number(string word) =>
        int.TryParse(word, out var n) ? n : Numbers.TryGetValue(word.Trim().ToLowerInvariant(), out var w) ? w : null;

    public static IsoDayOfWeek? Weekday(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        for (var i = 0; i < WeekdayNames.Length; i++)
        {
            // "tirsdag", "tirsdager", "tirsdagene", "tirsdagsmøte" all name Tuesday.
            if (w.StartsWith(WeekdayNames[i], StringComparison.Ordinal))
            {
                return (IsoDayOfWeek)(i + 1);
            }
        }
        return null;
    }

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>The month's name as it begins a line or a table's cell: "Mars".</summary>
    public static string MonthTitle(int month) => char.ToUpperInvariant(MonthNames[month - 1][0]) + MonthNames[month - 1][1..];

    public static string WeekdayName(IsoDayOfWeek day) => WeekdayNames[(int)day - 1];

    /// <summary>"1. juli 2026".</summary>
    public static string Long(LocalDate date) => $"{date.Day}. {MonthName(date.Month)} {date.Year}";

    /// <summary>"13.–14. januar 2025", "31. juli–3. august 2025", "1. juli 2026" for a single day.</summary>
    public static string Long(DateInterval interval)
    {
        var (s, e) = (interval.Start, interval.End);
        if (s == e)
        {
            return Long(s);
        }
        if (s.Day == 1 && e == e.With(DateAdjusters.EndOfMonth))
        {
            return MonthSpan(s, e);
        }
        if (s.Year != e.Year)
        {
            return $"{Long(s)}–{Long(e)}";
        }
        return s.Month == e.Month
            ? $"{s.Day}.–{e.Day}. {MonthName(s.Month)} {s.Year}"
            : $"{s.Day}. {MonthName(s.Month)}–{e.Day}. {MonthName(e.Month)} {s.Year}";
    }

    private static string MonthSpan(LocalDate s, LocalDate e)
    {
        if (s.Month == 1 && e.Month == 12 && s.Year == e.Year)
        {
            return $"hele {s.Year}";
        }
        if (s.Year != e.Year)
        {
            return $"{MonthName(s.Month)} {s.Year}–{MonthName(e.Month)} {e.Year}";
        }
        return s.Month == e.Month ? $"{MonthName(s.Month)} {s.Year}" : $"{MonthName(s.Month)}–{MonthName(e.Month)} {s.Year}";
    }

    /// <summary>Easter Sunday (anonymous Gregorian algorithm), for "før påske".</summary>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            months[MonthNames[i]] = i + 1;
            months[MonthNames[i][..3]] = i + 1;
            months[MonthNames[i][..3] + "."] = i + 1;
        }
        months["sept"] = 9;
        months["sept."] = 9;
        months["okt"] = 10;
        months["desember"] = 12;
        months["des"] = 12;
        return months;
    }
}
