using System.Globalization;
using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>
/// Reads a date plan table as the plans print it: month headings ("Februar"), date cells ("13.-14.", "31.7.-3.8", "20."),
/// the activity, and year rows ("2027") that move on to the next year. Cells may be separated by tabs, "|" or spaces
/// (a PDF export); an activity wrapped onto the next line is joined. The plan's heading "Datoplan … 2026" sets the year.
/// </summary>
public static partial class DatePlanTable
{
    /// <summary>
    /// A line without a date: a whole-month activity when it starts with the month, the rest of the activity above when it is short
    /// (a wrapped cell), otherwise a note that is not imported.
    /// </summary>
    private static void AddUndated(List<DatePlanRow> rows, int lineNumber, string line, int year, int? wholeMonth, int? month)
    {
        if (wholeMonth is { } whole)
        {
            rows.Add(new DatePlanRow(lineNumber, DatePlanRowKind.Event, year, whole, "", EventWhen.Month(year, whole), line, null));
        }
        else if (rows.Count > 0 && rows[^1].Kind != DatePlanRowKind.Ignored && (rows[^1].Text.Length == 0 || Words(line) <= 5) && !IsLink(line))
        {
            rows[^1] = rows[^1] with { Text = (rows[^1].Text + " " + line).Trim() };
        }
        else
        {
            rows.Add(new DatePlanRow(lineNumber, DatePlanRowKind.Ignored, year, month ?? 1, "", null, line,
                IsLink(line) ? "En lenke alene er ikke en aktivitet." : "Uten dato og måned: lest som en merknad, ikke en aktivitet."));
        }
    }

    public static IReadOnlyList<DatePlanRow> Read(string text, int year)
    {
        var rows = new List<DatePlanRow>();
        var lines = text.Replace("\r", "").Split('\n');
        var start = Array.FindIndex(lines, l => Heading().IsMatch(Clean(l)));
        year = HeadingYear(lines, start) ?? year;
        int? month = null;
        IReadOnlyList<string>? columns = null;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0 || HeaderRow().IsMatch(line) && Columns(line) is null)
            {
                continue;
            }
            if (Columns(line) is { } header)
            {
                // "Dato | Aktivitet | Arrangør | Sted": the columns after the date say what each cell of a row is.
                columns = header;
                continue;
            }
            if (YearRow().Match(line) is { Success: true } y)
            {
                year = int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture);
                month = null;
                continue;
            }
            var monthMatch = MonthLead().Match(line);
            var startsWithMonth = monthMatch.Success && NorwegianDates.Month(monthMatch.Groups["month"].Value) is not null;
            if (startsWithMonth && NorwegianDates.Month(monthMatch.Groups["month"].Value) is { } m)
            {
                month = m;
                line = line[monthMatch.Length..].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }
            var date = DateLead().Match(line);
            if (!date.Success)
            {
                AddUndated(rows, i + 1, line, year, startsWithMonth ? month : null, month);
                continue;
            }
            rows.Add(Dated(i + 1, line, date, year, month, columns));
        }
        return rows.Select(r => r.Kind == DatePlanRowKind.Event && r.Text.Length == 0
            ? r with { Kind = DatePlanRowKind.Error, Problem = "Raden har dato, men ingen aktivitet." }
            : r).ToList();
    }

    /// <summary>The year in the plan's heading "Datoplan … 2026", when it has one.</summary>
    private static int? HeadingYear(string[] lines, int start) =>
        start >= 0 && Heading().Match(Clean(lines[start])) is { Groups: var g } && g["year"].Success
            ? int.Parse(g["year"].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A line that starts with a date: its event, or an error when the date cannot be read or no month stands above it.</summary>
    private static DatePlanRow Dated(int lineNumber, string line, Match date, int year, int? month, IReadOnlyList<string>? columns)
    {
        var cell = date.Value.Trim();
        var after = line[date.Length..];
        var rest = after.Trim();
        if (month is not { } current)
        {
            return new DatePlanRow(lineNumber, DatePlanRowKind.Error, year, 1, cell, null, rest, "Datoen står før noen måned. Skriv måneden på raden over.");
        }
        var (when, problem) = Dates(date, year, current);
        var row = new DatePlanRow(lineNumber, problem is null ? DatePlanRowKind.Event : DatePlanRowKind.Error, year, current, cell, when, rest, problem);
        return columns is null ? row : InColumns(row, after, columns);
    }

    private static readonly Dictionary<string, string> ColumnWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["måned"] = "month", ["mnd"] = "month", ["dato"] = "date", ["dag"] = "date", ["når"] = "date",
        ["aktivitet"] = "title", ["arrangement"] = "title", ["hendelse"] = "title", ["hva"] = "title", ["møte"] = "title", ["tiltak"] = "title",
        ["arrangør"] = "organiser", ["arrangører"] = "organiser", ["arrangør/ansvar"] = "organiser", ["sted"] = "place", ["hvor"] = "place", ["stad"] = "place",
        ["ansvarlig"] = "responsible", ["ansvar"] = "responsible", ["ansvarleg"] = "responsible", ["kontaktperson"] = "responsible",
        ["merknad"] = "note", ["merknader"] = "note", ["kommentar"] = "note", ["kommentarer"] = "note", ["info"] = "note",
    };

    /// <summary>A header row naming the date and at least one more column, as the roles of its cells; null for any other line.</summary>
    private static List<string>? Columns(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim().TrimEnd(':').Trim()).Where(c => c.Length > 0).ToList();
        var roles = cells.Select(c => ColumnWords.GetValueOrDefault(c)).ToList();
        return cells.Count >= 2 && roles.All(r => r is not null) && roles.Contains("date") ? roles.Select(r => r!).ToList() : null;
    }

    /// <summary>The row's cells after the date put in their columns; what the responsible and remark columns say is kept as the description.</summary>
    private static DatePlanRow InColumns(DatePlanRow row, string rest, IReadOnlyList<string> columns)
    {
        var after = columns.SkipWhile(c => c != "date").Skip(1).ToList();
        // One tab parts the date from the next cell; a second one is an empty cell, kept so the columns stay in place.
        var cells = (rest.StartsWith('\t') ? rest[1..] : rest.TrimStart()).Split('\t').Select(c => c.Trim()).ToList();
        string? Cell(string role)
        {
            var found = cells.Where((c, i) => i < after.Count && after[i] == role && c.Length > 0).ToList();
            return found.Count == 0 ? null : string.Join(" ", found);
        }
        // Cells beyond the header's columns are kept with the title rather than lost.
        var extra = cells.Skip(after.Count).Where(c => c.Length > 0).ToList();
        var title = string.Join(" ", new[] { Cell("title") }.Concat(extra).Where(c => c is not null));
        var said = new[] { Cell("responsible") is { } r ? $"Ansvarlig: {r}." : null, Cell("note") is { } n ? $"Merknad: {n}" : null }.Where(x => x is not null).ToList();
        return row with { Text = title, Organiser = Cell("organiser"), Place = Cell("place"), Description = said.Count == 0 ? null : string.Join(" ", said) };
    }

    private static (EventWhen? When, string? Problem) Dates(Match m, int year, int month)
    {
        int Num(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        var startMonth = m.Groups["m1"].Success ? Num("m1") : month;
        var hasEnd = m.Groups["d2"].Success;
        var endMonth = m.Groups["m2"].Success ? Num("m2") : hasEnd && m.Groups["m1"].Success && !m.Groups["m2"].Success ? startMonth : month;
        if (startMonth is < 1 or > 12 || endMonth is < 1 or > 12)
        {
            return (null, $"«{m.Value.Trim()}» har en måned som ikke finnes.");
        }
        var startYear = startMonth > month + 6 ? year - 1 : startMonth < month - 6 ? year + 1 : year;
        var endYear = endMonth < startMonth ? startYear + 1 : startYear;
        if (Date(startYear, startMonth, Num("d1")) is not { } from)
        {
            return (null, $"{Num("d1")}. {NorwegianDates.MonthName(startMonth)} {startYear} finnes ikke.");
        }
        if (!hasEnd)
        {
            return (EventWhen.Day(from), null);
        }
        if (Date(endYear, endMonth, Num("d2")) is not { } to)
        {
            return (null, $"{Num("d2")}. {NorwegianDates.MonthName(endMonth)} {endYear} finnes ikke.");
        }
        return to < from ? (null, $"«{m.Value.Trim()}» slutter før den begynner.") : (new EventWhen(from, to), null);
    }

    private static LocalDate? Date(int year, int month, int day) =>
        day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;

    private static string Clean(string line) => Tags().Replace(line, "").Replace('|', '\t').Replace("**", "").Trim().Trim('\t').Trim();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsLink(string text) => text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.Contains(' ');

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tags();
    [GeneratedRegex(@"^(?:#+\s*)?(?:\d+\s+)?(?:\d+\.\s*)?Datoplan\b[^\d]*(?<year>(?:19|20)\d{2})?(?:\s+\d{1,4})?\s*$", RegexOptions.IgnoreCase)] private static partial Regex Heading();
    [GeneratedRegex(@"^Måned\s+Dato\b", RegexOptions.IgnoreCase)] private static partial Regex HeaderRow();
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})$")] private static partial Regex YearRow();
    [GeneratedRegex(@"^(?<month>[A-Za-zæøåÆØÅ]+)(?=[\s\t]|$)")] private static partial Regex MonthLead();
    [GeneratedRegex(@"^(?<d1>\d{1,2})(?:\.(?<m1>\d{1,2}))?\.?(?:\s*[-–]\s*(?<d2>\d{1,2})(?:\.(?<m2>\d{1,2}))?\.?)?(?=[\s\t]|$)")] private static partial Regex DateLead();
}
