using System.Globalization;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// A timing as the user wrote it, with what the system understood of it: the kind, the date windows it
/// falls in within the plan's period, a recurrence or a relative anchor, a plain-Norwegian reading, and
/// whatever part of the text it could not understand (never guessed).
/// </summary>
public sealed record Timing(
    string Text,
    TimingKind Kind,
    IReadOnlyList<DateInterval> Windows,
    string Understood,
    string? Unclear = null,
    Recurrence? Recurrence = null,
    RelativeTiming? Relative = null)
{
    public static Timing Empty { get; } = new("", TimingKind.None, [], "");

    /// <summary>Understood in full: nothing was left over.</summary>
    public bool IsUnderstood => Kind != TimingKind.NotUnderstood && Unclear is null;

    /// <summary>The last day of the last window, for deadlines, dates and windows; recurring and continuous work has none.</summary>
    public LocalDate? Due => Kind is TimingKind.Date or TimingKind.DateRange or TimingKind.Deadline or TimingKind.Window
        or TimingKind.Relative && Windows.Count > 0
        ? Windows.Max(w => w.End)
        : null;

    /// <summary>Whether the work falls in (or is due within) the given days: used for "due this month".</summary>
    public bool Touches(DateInterval days) => Kind == TimingKind.Deadline
        ? Windows.Any(w => days.Contains(w.End))
        : Windows.Any(w => w.Start <= days.End && days.Start <= w.End);

    /// <summary>
    /// "|2026-03|2026-04|": the months the work falls in (a deadline: the month it is due), kept in a column so "due this month" is
    /// a filter the database runs; the same answer as <see cref="Touches"/> for a whole calendar month.
    /// </summary>
    public string MonthsText
    {
        get
        {
            var months = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var w in Windows)
            {
                var from = Kind == TimingKind.Deadline ? w.End : w.Start;
                for (var m = new LocalDate(from.Year, from.Month, 1); m <= w.End; m = m.PlusMonths(1))
                {
                    months.Add(MonthKey(m));
                }
            }
            return months.Count == 0 ? "" : "|" + string.Join('|', months) + "|";
        }
    }

    /// <summary>How a month is written in <see cref="MonthsText"/>, to look it up there.</summary>
    public static string MonthKey(LocalDate day) => $"{day.Year:D4}-{day.Month:D2}";

    /// <summary>"2026-03-01/2026-03-31;2027-03-01/2027-03-31": the windows as one column, read back by <see cref="ParseWindows"/>.</summary>
    public string WindowsText => string.Join(';', Windows.Select(w => $"{Iso(w.Start)}/{Iso(w.End)}"));

    public static IReadOnlyList<DateInterval> ParseWindows(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var windows = new List<DateInterval>();
        foreach (var part in text.Split(';'))
        {
            var dash = part.IndexOf('/');
            windows.Add(new DateInterval(FromIso(part[..dash]), FromIso(part[(dash + 1)..])));
        }
        return windows;
    }

    private static string Iso(LocalDate d) => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}";

    private static LocalDate FromIso(string s) =>
        new(int.Parse(s[..4], CultureInfo.InvariantCulture), int.Parse(s.AsSpan(5, 2), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(8, 2), CultureInfo.InvariantCulture));
}
