using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>Places what the scanner read into the plan's period and says in plain Norwegian what it understood.</summary>
internal static class TimingComposer
{
    public static Timing Compose(string text, TimingParts p, PlanPeriod period, PlanCalendar calendar)
    {
        if (!p.Any)
        {
            // "etter avtale", "om mulig" alone say how, not when.
            var said = p.Qualifiers.Count > 0 ? $"«{string.Join(", ", p.Qualifiers)}» sier ikke når" : null;
            return new Timing(text, TimingKind.NotUnderstood, [], "", Problems(p) ?? Capital(said ?? "forstod ikke teksten"));
        }
        if (p.Continuous == "etter behov" && (p.Dates.Count > 0 || p.Parts.Count > 0 || p.Recurrence is not null || p.Relative is not null || p.FixedAnchor is not null))
        {
            // "Månedlig, ved behov", "ved behov i mars": the time is read and the need kept beside it.
            p.Continuous = null;
            p.Qualifiers.Insert(0, "ved behov");
        }
        var timing = p switch
        {
            { Relative: not null } => Relative(p, period, calendar),
            { FixedAnchor: not null } => Fixed(p, period),
            { Recurrence: not null } => Recurring(p, period),
            { Continuous: not null } => Continuous(p, period),
            _ when p.Dates.Count > 0 => Dated(p, period),
            _ when p.Parts.Count > 0 => Windowed(p, period),
            _ => YearsOnly(p, period),
        };
        if (timing.Kind != TimingKind.NotUnderstood && timing.Windows.Count == 0 && timing.Kind is not TimingKind.Relative)
        {
            return timing with { Text = text, Kind = TimingKind.NotUnderstood, Unclear = Problems(p) ?? "fant ingen dato" };
        }
        if (p.EveryYear && !timing.Understood.Contains("hvert år", StringComparison.Ordinal))
        {
            // "Mars, årlig" in a one-year plan: the repetition is kept in the reading for the years to come.
            p.Qualifiers.Insert(0, "hvert år");
        }
        var qualified = p.Qualifiers.Count == 0 ? timing.Understood : $"{timing.Understood}, {string.Join(", ", p.Qualifiers.Distinct())}";
        return timing with { Text = text, Understood = Capital(qualified), Unclear = Problems(p) };
    }

    private static Timing Dated(TimingParts p, PlanPeriod period)
    {
        var windows = new List<DateInterval>();
        foreach (var date in p.Dates)
        {
            foreach (var year in YearsFor(date.Start.Year ?? date.End?.Year, p, period))
            {
                if (Make(date.Start, year, p) is not { } start)
                {
                    continue;
                }
                var endYear = date.End?.Year ?? (date.End?.Month < date.Start.Month ? year + 1 : year);
                var end = date.End is null ? start : Make(date.End, endYear, p);
                if (end is null || end < start)
                {
                    p.Problems.Add($"sluttdatoen kommer før startdatoen");
                    continue;
                }
                windows.Add(p.Deadline ? UpTo(end.Value, period) : p.From && date.End is null ? FromOn(start, period) : new DateInterval(start, end.Value));
            }
        }
        if (p.NamedWeekday is { } weekday && windows.Count == 1 && windows[0].Start.DayOfWeek != weekday)
        {
            p.Problems.Add($"{NorwegianDates.Long(windows[0].Start)} er en {NorwegianDates.WeekdayName(windows[0].Start.DayOfWeek)}, ikke {NorwegianDates.WeekdayName(weekday)}");
        }
        if (p.Deadline)
        {
            return new Timing("", TimingKind.Deadline, windows, "frist " + Days(windows.Select(w => w.End).ToList(), period));
        }
        if (p.From && p.Dates.All(d => d.End is null))
        {
            return new Timing("", TimingKind.DateRange, windows, "fra " + Days(windows.Select(w => w.Start).ToList(), period));
        }
        var single = windows.All(w => w.Start == w.End);
        return new Timing("", single ? TimingKind.Date : TimingKind.DateRange, windows,
            single ? Days(windows.Select(w => w.Start).ToList(), period) : string.Join(", ", windows.Select(NorwegianDates.Long)));
    }

    private static Timing Windowed(TimingParts p, PlanPeriod period)
    {
        var windows = new List<DateInterval>();
        var labels = new List<string>();
        foreach (var part in p.Parts)
        {
            var years = YearsFor(part.Year, p, period).ToList();
            var placed = years.Select(part.In).ToList();
            windows.AddRange(placed);
            var isMonth = NorwegianDates.MonthNames.Any(m => part.Label.StartsWith(m, StringComparison.Ordinal));
            labels.Add(years.Count > 1
                ? $"{part.Label} hvert år {Span(years)}"
                : isMonth ? NorwegianDates.Long(placed[0]) : $"{part.Label} {years[0]} ({NorwegianDates.Long(placed[0])})");
        }
        if (p.Deadline)
        {
            var ends = windows.Select(w => w.End).ToList();
            return new Timing("", TimingKind.Deadline, windows.Select(w => UpTo(w.End, period)).ToList(), "frist " + Days(ends, period));
        }
        if (p.From)
        {
            return new Timing("", TimingKind.Window, windows.Select(w => FromOn(w.Start, period)).ToList(), "fra " + string.Join(", ", labels));
        }
        return new Timing("", TimingKind.Window, windows, string.Join(", ", labels) + YearNote(p, period));
    }

    private static Timing YearsOnly(TimingParts p, PlanPeriod period)
    {
        if (p.WholePeriod)
        {
            return new Timing("", TimingKind.Window, [period.Interval], $"i løpet av perioden {period.Label} (frist {NorwegianDates.Long(period.To)})");
        }
        if (p.YearRange is { } range)
        {
            var w = new DateInterval(new LocalDate(range.First, 1, 1), new LocalDate(range.Last, 12, 31));
            return p.Deadline
                ? new Timing("", TimingKind.Deadline, [UpTo(w.End, period)], $"frist {NorwegianDates.Long(w.End)}")
                : new Timing("", TimingKind.Window, [w], $"hele perioden {range.First}–{range.Last}");
        }
        var years = p.Years.Count > 0 ? p.Years.Distinct().Order().ToList() : period.CalendarYears.ToList();
        var windows = years.Select(y => new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31))).ToList();
        if (p.Deadline)
        {
            return new Timing("", TimingKind.Deadline, windows.Select(w => UpTo(w.End, period)).ToList(), "frist " + Days(windows.Select(w => w.End).ToList(), period));
        }
        var text = p.Years.Count == 0 ? $"hvert år {Span(years)}" : string.Join(" og ", years.Select(y => $"hele {y}"));
        return new Timing("", TimingKind.Window, windows, text);
    }

    private static Timing Recurring(TimingParts p, PlanPeriod period)
    {
        var r = p.Recurrence!;
        var windows = p.Parts.Count > 0 ? Windowed(p, period).Windows : Whole(p, period);
        return new Timing("", TimingKind.Recurring, windows, $"{Often(r)} ({Where(windows, period)})", Recurrence: r);
    }

    private static string Often(Recurrence r) => r switch
        {
            { Unit: RecurrenceUnit.Month, Ordinal: { } o, Day: { } d } => $"{(o < 0 ? "siste" : OrdinalWord(o))} {NorwegianDates.WeekdayName(d)} i måneden",
            { Unit: RecurrenceUnit.Week, Interval: 1, Day: { } d } => $"hver {NorwegianDates.WeekdayName(d)}",
            { Unit: RecurrenceUnit.Week, Interval: 1 } => "hver uke",
            { Unit: RecurrenceUnit.Week, Interval: 2, Day: { } d } => $"annenhver {NorwegianDates.WeekdayName(d)}",
            { Unit: RecurrenceUnit.Week, Interval: 2 } => "annenhver uke",
            { Unit: RecurrenceUnit.Week } => $"hver {r.Interval}. uke",
            { Unit: RecurrenceUnit.Month, Interval: 1 } => "hver måned",
            { Unit: RecurrenceUnit.Month, Interval: 2 } => "annenhver måned",
            { Unit: RecurrenceUnit.Month } => $"hver {r.Interval}. måned",
            { Unit: RecurrenceUnit.Quarter } => "hvert kvartal",
            { Unit: RecurrenceUnit.HalfYear } => r.AtLeast ? "minst én gang hvert halvår" : "hvert halvår",
            { Unit: RecurrenceUnit.Year } => r.AtLeast ? "minst én gang i året" : "én gang i året",
            { Unit: RecurrenceUnit.TimesPerYear, Interval: 0 } => $"{(r.AtLeast ? "minst " : "")}{r.Times} ganger i perioden",
            { Unit: RecurrenceUnit.TimesPerYear } => $"{(r.AtLeast ? "minst " : "")}{r.Times} ganger i året",
            _ => "jevnlig, uten oppgitt hyppighet",
        };

    private static Timing Continuous(TimingParts p, PlanPeriod period)
    {
        var windows = Whole(p, period);
        var what = p.Continuous == "etter behov" ? "etter behov, uten fast tid" : "løpende gjennom hele perioden";
        return new Timing("", TimingKind.Continuous, windows, $"{what} ({Where(windows, period)})");
    }

    private static Timing Fixed(TimingParts p, PlanPeriod period)
    {
        var anchor = p.FixedAnchor!;
        var years = YearsFor(null, p, period).ToList();
        var dates = years.Select(anchor.In).ToList();
        if (anchor.OffsetDays is not null)
        {
            return new Timing("", TimingKind.Date, dates.Select(d => new DateInterval(d, d)).ToList(), $"{Days(dates, period)} ({anchor.Label})");
        }
        if (anchor.Before)
        {
            return new Timing("", TimingKind.Deadline, dates.Select(d => UpTo(d, period)).ToList(), $"frist {Days(dates, period)} ({anchor.Label})");
        }
        var windows = dates.Select(d => new DateInterval(d, new LocalDate(d.Year, 12, 31) < d ? d : new LocalDate(d.Year, 12, 31))).ToList();
        return new Timing("", TimingKind.Window, windows, $"fra {Days(dates, period)} ({anchor.Label})");
    }

    private static Timing Relative(TimingParts p, PlanPeriod period, PlanCalendar calendar)
    {
        var r = p.Relative!;
        var dir = r.Before ? "før" : "etter";
        var label = r switch
        {
            { Event: { } e } => $"{e} {dir} {r.Anchor}",
            { OffsetDays: 0 } => $"i forbindelse med {r.Anchor}",
            { OffsetDays: { } o } when o % 7 == 0 => $"{Math.Abs(o) / 7} {(Math.Abs(o) == 7 ? "uke" : "uker")} {dir} {r.Anchor}",
            { OffsetDays: { } o } => $"{Math.Abs(o)} {(Math.Abs(o) == 1 ? "dag" : "dager")} {dir} {r.Anchor}",
            _ => $"{dir} {r.Anchor}",
        };
        if (p.Parts.Count > 0)
        {
            // "høsten, før valget": the part of the year is said with the anchor.
            label = $"{Windowed(p, period).Understood}, {label}";
        }
        if (p.Recurrence is { } often)
        {
            // "hver uke fram til valget": how often, and until or after what.
            label = $"{Often(often)}, {label}";
        }
        if (PlanCalendar.IsGeneric(r.Anchor))
        {
            return new Timing("", TimingKind.Relative, [], $"{label} (gjelder hvert slikt møte)", Relative: r);
        }
        if (p.EveryYear && p.RelativeYear is null)
        {
            // "Første styremøte etter årsmøtet, årlig": placed in each year of the period the date plan has the anchor for.
            var yearly = period.CalendarYears.Select(y => Resolve(r, y, period, calendar)).OfType<DateInterval>().Distinct().ToList();
            return yearly.Count == 0
                ? new Timing("", TimingKind.Relative, [], $"{label}, hvert år (plasseres når datoplanen har «{r.Anchor}»)", Relative: r)
                : new Timing("", TimingKind.Relative, yearly, $"{label}, hvert år: {string.Join(", ", yearly.Select(NorwegianDates.Long))}", Relative: r with { Resolved = true });
        }
        var window = Resolve(r, p.RelativeYear, period, calendar);
        if (window is null)
        {
            var fallback = p.Parts.Count > 0 ? Windowed(p, period).Windows : [];
            return new Timing("", TimingKind.Relative, fallback, $"{label} (plasseres når datoplanen har «{r.Anchor}»)", Relative: r);
        }
        var shown = r.Event is null && r.OffsetDays is null && !r.Before ? $"fra {NorwegianDates.Long(window.Start)}" : NorwegianDates.Long(window);
        return new Timing("", TimingKind.Relative, [window], $"{label}: {shown}", Relative: r with { Resolved = true });
    }

    private static DateInterval? Resolve(RelativeTiming r, int? year, PlanPeriod period, PlanCalendar calendar)
    {
        var anchors = calendar.Matching(r.Anchor).Where(a => year is null || a.Days.Start.Year == year).ToList();
        if (anchors.Count == 0)
        {
            return null;
        }
        var inPeriod = anchors.Where(a => period.Contains(a.Days.Start)).ToList();
        var anchor = (inPeriod.Count > 0 ? inPeriod : anchors)[0];
        if (r.Event is { } e)
        {
            var word = e.Split(' ', 2)[1];
            var events = calendar.Matching(word);
            var found = r.Before ? events.LastOrDefault(x => x.Days.End < anchor.Days.Start) : events.FirstOrDefault(x => x.Days.Start > anchor.Days.End);
            return found?.Days;
        }
        return r.OffsetDays switch
        {
            0 => anchor.Days,
            { } o => new DateInterval(anchor.Days.Start.PlusDays(o), anchor.Days.Start.PlusDays(o)),
            _ when r.Before => UpTo(anchor.Days.Start.PlusDays(-1), period),
            _ => FromOn((inPeriod.Count > 0 ? inPeriod : anchors).Max(a => a.Days.End).PlusDays(1), period),
        };
    }

    private static IEnumerable<int> YearsFor(int? explicitYear, TimingParts p, PlanPeriod period) =>
        explicitYear is { } y ? [y]
        : p.Years.Count > 0 ? p.Years.Distinct().Order()
        : p.YearRange is { } r ? Enumerable.Range(r.First, r.Last - r.First + 1)
        : period.CalendarYears;

    private static List<DateInterval> Whole(TimingParts p, PlanPeriod period)
    {
        if (p.Years.Count > 0 || p.YearRange is not null)
        {
            return YearsFor(null, p, period).Select(y => new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31))).ToList();
        }
        return [period.Interval];
    }

    private static LocalDate? Make(DayPart d, int year, TimingParts p)
    {
        if (d.Month is not { } month || month is < 1 or > 12)
        {
            p.Problems.Add("måneden mangler eller er ugyldig");
            return null;
        }
        if (d.Day < 1 || d.Day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            p.Problems.Add($"{d.Day}. {NorwegianDates.MonthName(month)} {year} finnes ikke");
            return null;
        }
        return new LocalDate(year, month, d.Day);
    }

    private static DateInterval UpTo(LocalDate end, PlanPeriod period)
    {
        var start = new LocalDate(end.Year, 1, 1);
        start = period.From > start && period.From <= end ? period.From : start;
        return new DateInterval(start, end);
    }

    private static DateInterval FromOn(LocalDate start, PlanPeriod period) =>
        new(start, period.To >= start ? period.To : new LocalDate(start.Year, 12, 31));

    /// <summary>"1. juli 2026", or "1. juli hvert år 2025–2028" when the same day repeats each year.</summary>
    private static string Days(List<LocalDate> dates, PlanPeriod period)
    {
        if (dates.Count > 1 && dates.Select(d => (d.Month, d.Day)).Distinct().Count() == 1)
        {
            return $"{dates[0].Day}. {NorwegianDates.MonthName(dates[0].Month)} hvert år {Span(dates.Select(d => d.Year).ToList())}";
        }
        return string.Join(", ", dates.Select(NorwegianDates.Long));
    }

    private static string Span(List<int> years) =>
        years.Count == 1 ? $"{years[0]}" : years.Zip(years.Skip(1)).All(x => x.Second == x.First + 1) ? $"{years[0]}–{years[^1]}" : string.Join(", ", years);

    private static string Where(IReadOnlyList<DateInterval> windows, PlanPeriod period) =>
        windows.Count == 1 && windows[0] == period.Interval ? $"hele perioden {period.Label}" : string.Join(", ", windows.Select(NorwegianDates.Long));

    private static string YearNote(TimingParts p, PlanPeriod period) =>
        !period.IsSingleYear && !p.EveryYear && p.Years.Count == 0 && p.YearRange is null && p.Parts.All(x => x.Year is null)
            ? " (året er ikke oppgitt)"
            : "";

    private static string? Problems(TimingParts p) => p.Problems.Count == 0 ? null : Capital(string.Join("; ", p.Problems.Distinct()));

    private static string OrdinalWord(int n) => n switch { 1 => "første", 2 => "andre", 3 => "tredje", _ => "fjerde" };

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
