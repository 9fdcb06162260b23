using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Features.Shared;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;
using RecurrenceRule = Arbeidsplan.Domain.DatePlan.RecurrenceRule;

namespace Arbeidsplan.Web.Documents;

/// <summary>One VEVENT as read: when (in Oslo time), its series and cancelled dates, or why it cannot be used.</summary>
public sealed record IcsItem(int Number, string Uid, string Title, EventWhen? When, RecurrenceRule? Repeat, IReadOnlyList<LocalDate> Cancelled,
    string? Place, string? Description, string? Problem, string? Doubt, bool IsPrivate = false)
{
    /// <summary>Occurrences the file moves (a VEVENT with the same UID and a RECURRENCE-ID).</summary>
    public IReadOnlyList<(LocalDate Original, EventWhen MovedTo)> Moved { get; init; } = [];
}

/// <summary>Reads an .ics file into events; unknown time zones, broken lines and rules we cannot keep are reported per event.</summary>
public static class IcsReader
{
    public static Outcome<IReadOnlyList<IcsItem>> Read(string text)
    {
        if (!text.TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome<IReadOnlyList<IcsItem>>.Invalid("Ics", "Filen er ikke en iCalendar-fil: den skal begynne med «BEGIN:VCALENDAR».");
        }
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Outcome<IReadOnlyList<IcsItem>>.Invalid("Ics", $"iCalendar-filen har ødelagte linjer og kan ikke leses ({e.Message}).");
        }
        if (calendar is null || calendar.Events.Count == 0)
        {
            return Outcome<IReadOnlyList<IcsItem>>.Invalid("Ics", "Fant ingen hendelser (VEVENT) i filen.");
        }
        var masters = calendar.Events.Where(e => e.RecurrenceIdentifier is null).ToList();
        var overrides = calendar.Events.Where(e => e.RecurrenceIdentifier is not null && e.Uid is not null).ToLookup(e => e.Uid!);
        return Outcome<IReadOnlyList<IcsItem>>.Ok(masters.Select((e, i) => WithMoves(ReadEvent(i + 1, e), overrides[e.Uid ?? ""])).ToList());
    }

    private static IcsItem WithMoves(IcsItem item, IEnumerable<CalendarEvent> overrides)
    {
        if (item.Problem is not null || item.Repeat is null)
        {
            return item;
        }
        try
        {
            var moved = overrides.Select(o => (Local(o.RecurrenceIdentifier!.StartTime).Date, ReadEvent(item.Number, o).When)).ToList();
            return moved.Any(m => m.When is null)
                ? item with { Problem = "En flyttet forekomst i serien kan ikke leses." }
                : item with { Moved = moved.Select(m => (m.Date, m.When!)).ToList() };
        }
        catch (UnknownZoneException unknown)
        {
            return item with { Problem = $"Ukjent tidssone «{unknown.Zone}» i en flyttet forekomst." };
        }
    }

    private static IcsItem ReadEvent(int number, CalendarEvent e)
    {
        var title = (e.Summary ?? "").Trim();
        var uid = e.Uid ?? Guid.NewGuid().ToString();
        IcsItem Fail(string problem) => new(number, uid, title.Length == 0 ? "(uten tittel)" : title, null, null, [], null, null, problem, null);
        if (title.Length == 0)
        {
            return Fail("Hendelsen har ingen tittel (SUMMARY).");
        }
        if (e.DtStart is null)
        {
            return Fail("Hendelsen har ingen start (DTSTART).");
        }
        try
        {
            var start = Local(e.DtStart);
            var end = e.DtEnd is { } dtEnd ? Local(dtEnd) : e.Duration is { } d && e.DtStart.HasTime ? Local(e.DtStart.Add(d)) : start;
            EventWhen when;
            if (!e.DtStart.HasTime)
            {
                // An all-day DTEND is exclusive: 14.–15. is written as ending on the 16th.
                var last = e.DtEnd is null ? start.Date : end.Date.PlusDays(-1);
                when = new EventWhen(start.Date, last < start.Date ? start.Date : last);
            }
            else
            {
                when = new EventWhen(start.Date, end.Date, start.TimeOfDay, end.TimeOfDay == start.TimeOfDay && end.Date == start.Date ? start.TimeOfDay.PlusHours(1) : end.TimeOfDay);
            }
            var (repeat, doubt) = Repeat(e, when);
            var cancelled = e.ExceptionDates.GetAllDates().Select(x => Local(x).Date).ToList();
            var isPrivate = e.Class is { } c && !c.Equals("PUBLIC", StringComparison.OrdinalIgnoreCase);
            return new IcsItem(number, uid, title, when, repeat, cancelled, e.Location, e.Description, null, doubt, isPrivate);
        }
        catch (UnknownZoneException unknown)
        {
            return Fail($"Ukjent tidssone «{unknown.Zone}». Eksporter kalenderen på nytt med en kjent tidssone (for eksempel Europe/Oslo).");
        }
        catch (RuleViolation violation)
        {
            return Fail(violation.Message);
        }
    }

    private static (RecurrenceRule?, string?) Repeat(CalendarEvent e, EventWhen when)
    {
        if (e.RecurrenceRule is not { } rule)
        {
            return (null, null);
        }
        var until = rule.Until is { } u ? Local(u).Date : (LocalDate?)null;
        var count = rule.Count;
        string? doubt = null;
        if (until is null && count is null)
        {
            until = when.StartDate.PlusYears(2);
            doubt = "Serien har ingen slutt i filen; den er satt til å vare i to år.";
        }
        if (rule.ByDay.Count > 1 || rule.ByMonthDay.Count > 0 || rule.BySetPosition.Count > 0 || rule.ByMonth.Count > 0)
        {
            throw new RuleViolation("Repeat", "Serien bruker regler som ikke kan tas vare på her (flere ukedager, bestemte månedsdager). Legg den inn som flere serier.");
        }
        var byDay = rule.ByDay.FirstOrDefault();
        IsoDayOfWeek? weekday = byDay is null ? null : (IsoDayOfWeek)(byDay.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)byDay.DayOfWeek);
        return rule.Frequency switch
        {
            FrequencyType.Weekly => (new RecurrenceRule(RepeatFrequency.Weekly, rule.Interval, weekday, null, count, until), doubt),
            FrequencyType.Monthly => (new RecurrenceRule(RepeatFrequency.Monthly, rule.Interval, byDay?.Offset is null ? null : weekday, byDay?.Offset, count, until), doubt),
            FrequencyType.Yearly => (new RecurrenceRule(RepeatFrequency.Yearly, rule.Interval, null, null, count, until), doubt),
            _ => throw new RuleViolation("Repeat", "Bare ukentlige, månedlige og årlige serier kan importeres."),
        };
    }

    /// <summary>The date and time in Oslo; floating times are read as Oslo time, Windows zone names mapped to their IANA zone.</summary>
    private static LocalDateTime Local(CalDateTime value)
    {
        var local = LocalDateTime.FromDateTime(value.Value);
        if (!value.HasTime || value.IsFloating)
        {
            return local;
        }
        if (value.IsUtc)
        {
            return Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)).InZone(NorwegianTime.Oslo).LocalDateTime;
        }
        // Thunderbird writes "/mozilla.org/20050126_1/Europe/Oslo": the zone is the last two parts.
        var id = value.TzId!.Trim('"');
        if (id.StartsWith('/') && id.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts)
        {
            id = $"{parts[^2]}/{parts[^1]}";
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(id, out var iana) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) : null)
            ?? throw new UnknownZoneException(id);
        return local.InZoneLeniently(zone).WithZone(NorwegianTime.Oslo).LocalDateTime;
    }

    private sealed class UnknownZoneException(string zone) : Exception(zone)
    {
        public string Zone { get; } = zone;
    }
}
