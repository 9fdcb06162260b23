using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Plans;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>
/// Reads an activity plan as plans print it: a row per month, one column for the election year and one for the year between
/// ("Måned | Valgår | Mellomår", "Måned | Kommunevalgår | Ikke valgår"), a cell holding one or more activities (parted by
/// semicolons, bullets or line breaks; "15. Årsmøte" keeps its day). Each column becomes the template of its kind of year.
/// </summary>
public static partial class ActivityPlanTable
{
    /// <summary>One activity of a template as read, with the line it came from.</summary>
    public sealed record Item(int Line, YearType YearType, int Month, int? Day, string Title);

    /// <summary>The activities of both kinds of year, and the lines that could not be read with why.</summary>
    public sealed record Result(IReadOnlyList<Item> Items, IReadOnlyList<(int Line, string Text, string Problem)> Problems, string? ElectionName, string? MidTermName);

    public static Result Read(string text)
    {
        var items = new List<Item>();
        var problems = new List<(int, string, string)>();
        var lines = text.Replace("\r", "").Split('\n');
        (int Election, int MidTerm)? columns = null;
        (string? Election, string? MidTerm) names = (null, null);
        int? month = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = Cells(lines[i]);
            if (cells.Count == 0 || cells.All(c => c.Trim('-', ':', ' ').Length == 0))
            {
                continue;
            }
            if (columns is null)
            {
                var election = cells.FindIndex(c => Election().IsMatch(c) && !MidTerm().IsMatch(c));
                var midTerm = cells.FindIndex(c => MidTerm().IsMatch(c));
                if (election >= 0 && midTerm >= 0)
                {
                    columns = (election, midTerm);
                    names = (cells[election], cells[midTerm]);
                }
                continue;
            }
            var (e, m) = columns.Value;
            var monthCell = cells.FirstOrDefault(c => NorwegianDates.Month(c.TrimEnd(':', '.').ToLowerInvariant()) is not null);
            month = monthCell is not null ? NorwegianDates.Month(monthCell.TrimEnd(':', '.').ToLowerInvariant()) : month;
            if (month is not { } current)
            {
                problems.Add((i + 1, lines[i].Trim(), "Raden har ingen måned, og ingen måned står over den."));
                continue;
            }
            Add(items, problems, i + 1, YearType.ElectionYear, current, e < cells.Count ? cells[e] : "");
            Add(items, problems, i + 1, YearType.MidTerm, current, m < cells.Count ? cells[m] : "");
        }
        if (columns is null)
        {
            problems.Add((1, "", "Fant ingen overskrift med én kolonne for valgår og én for mellomår (for eksempel «Måned | Valgår | Mellomår»)."));
        }
        return new Result(items, problems, names.Election, names.MidTerm);
    }

    private static void Add(List<Item> items, List<(int, string, string)> problems, int line, YearType type, int month, string cell)
    {
        foreach (var part in Parts().Split(cell).Select(p => p.Trim().TrimEnd('.', ',').Trim()).Where(p => p.Length > 0 && p != "-" && p != "–"))
        {
            var day = Day().Match(part);
            var value = day.Success ? int.Parse(day.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var title = day.Success ? part[day.Length..].Trim() : part;
            // What the template would refuse is said here, by line, so the preview never promises what saving cannot keep.
            if (value is { } d && (d < 1 || d > NodaTime.CalendarSystem.Iso.GetDaysInMonth(2024, month)))
            {
                problems.Add((line, part, $"{NorwegianDates.MonthName(month)} har ikke dag {d}."));
            }
            else if (title.Length > 300)
            {
                problems.Add((line, part[..60] + "…", "En aktivitet kan ikke være lengre enn 300 tegn."));
            }
            else if (title.Length > 0)
            {
                items.Add(new Item(line, type, month, value, title));
            }
        }
    }

    private static List<string> Cells(string line)
    {
        // A blank first cell (the month written once above) is kept: only spaces are trimmed, not the tab that parts it.
        var clean = line.Replace("**", "").TrimEnd().TrimStart(' ');
        var cells = clean.Contains('\t') ? clean.Split('\t') : clean.Contains('|') ? clean.Trim('|').Split('|') : ColumnGap().Split(clean);
        return cells.Select(c => c.Trim()).ToList();
    }

    [GeneratedRegex(@"valgår|valgåret|kommunevalg|stortingsvalg|fylkestingsvalg|valg\s*\d{4}", RegexOptions.IgnoreCase)] private static partial Regex Election();
    [GeneratedRegex(@"mellomår|ikke valgår|ikkje valår|uten valg|mellomåret|ikke-valgår", RegexOptions.IgnoreCase)] private static partial Regex MidTerm();
    [GeneratedRegex(@"\s*(?:;|•|·|<br\s*/?>|\s/\s)\s*", RegexOptions.IgnoreCase)] private static partial Regex Parts();
    [GeneratedRegex(@"^(?<d>\d{1,2})\.\s+")] private static partial Regex Day();
    [GeneratedRegex(@"\s{2,}")] private static partial Regex ColumnGap();
}
