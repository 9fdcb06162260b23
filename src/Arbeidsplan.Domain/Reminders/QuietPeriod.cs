using System.Globalization;
using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Reminders;

/// <summary>
/// Days of the year when no reminder goes out (July; Christmas), from one day to another inclusive; a period may run over the new
/// year (20 December to 2 January). Written "07-01..07-31".
/// </summary>
public sealed record QuietPeriod
{
    public QuietPeriod(AnnualDate from, AnnualDate to)
    {
        From = from;
        To = to;
    }

    public AnnualDate From { get; }
    public AnnualDate To { get; }

    public static readonly IReadOnlyList<QuietPeriod> Defaults =
    [
        new(new AnnualDate(7, 1), new AnnualDate(7, 31)),
        new(new AnnualDate(12, 21), new AnnualDate(1, 1)),
    ];

    public bool Contains(LocalDate date)
    {
        var day = new AnnualDate(date.Month, date.Day);
        return From <= To ? From <= day && day <= To : day >= From || day <= To;
    }

    public override string ToString() => $"{FormatDay(From)}..{FormatDay(To)}";

    /// <summary>A day of the year as "07-01" (month-day); null stays null.</summary>
    public static string? FormatDay(AnnualDate? day) => day is { } d ? $"{d.Month:00}-{d.Day:00}" : null;

    /// <summary>Reads "07-01..07-31; 12-21..01-01"; an empty text is no quiet period at all.</summary>
    public static IReadOnlyList<QuietPeriod> ParseList(string? text)
    {
        var periods = new List<QuietPeriod>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split("..", StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || ParseDay(ends[0]) is not { } from || ParseDay(ends[1]) is not { } to)
            {
                throw new RuleViolation("QuietPeriods", $"«{part}» er ikke en periode. Skriv for eksempel 07-01..07-31 (måned-dag).");
            }
            periods.Add(new QuietPeriod(from, to));
        }
        return periods;
    }

    public static string Format(IEnumerable<QuietPeriod> periods) => string.Join("; ", periods);

    /// <summary>A day of the year written "07-01" (month-day), or null; 29 February is allowed.</summary>
    public static AnnualDate? ParseDay(string text) =>
        text.Split('-') is [var m, var d] && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && month is >= 1 and <= 12
            && day >= 1 && day <= (month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month))
            ? new AnnualDate(month, day) : null;
}
