using System.Text;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;
using RecurrenceRule = Arbeidsplan.Domain.DatePlan.RecurrenceRule;

namespace Arbeidsplan.Web.Documents;

/// <summary>An entry of a feed: an event (with its series and exceptions) or a deadline, as one VEVENT and its moved occurrences.</summary>
public sealed record IcsEntry(
    string Uid, string Title, EventWhen When, RecurrenceRule? Repeat, IReadOnlyList<EventException> Exceptions, string? Place, string? Description,
    string Url, int Sequence, Instant LastModified, string Category, bool Tentative);

/// <summary>
/// Writes iCalendar the way Outlook, Google and Apple read it: Europe/Oslo as a VTIMEZONE with its last-Sunday rules, all-day ends exclusive,
/// UNTIL in UTC for timed series, EXDATE for cancelled and RECURRENCE-ID for moved occurrences, stable UIDs and increasing SEQUENCE.
/// </summary>
public static class IcsWriter
{
    private const string Oslo = "Europe/Oslo";

    /// <summary>
    /// The whole calendar. Each entry's VEVENT text (with its moved occurrences) is serialized by Ical.Net once per version and
    /// kept in <paramref name="blocks"/> when given, so a feed where one event changed is rebuilt by serializing that event only.
    /// </summary>
    public static string Write(string name, IEnumerable<IcsEntry> entries, IMemoryCache? blocks = null)
    {
        var text = new StringBuilder(Header(name));
        foreach (var entry in entries)
        {
            text.Append(blocks is null ? Block(entry) : blocks.GetOrCreate((typeof(IcsWriter), entry.Uid, entry.Sequence, entry.LastModified, entry.Url, entry.Title), item =>
            {
                item.Size = 1;
                item.SlidingExpiration = TimeSpan.FromHours(6);
                return Block(entry);
            }));
        }
        return text.Append("END:VCALENDAR\r\n").ToString();
    }

    /// <summary>BEGIN:VCALENDAR with the feed's name, refresh hints and the Oslo VTIMEZONE, without the closing line.</summary>
    private static string Header(string name)
    {
        var calendar = new Calendar { ProductId = "-//Arbeidsplan//Datoplan//NO", Method = CalendarMethods.Publish };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Oslo);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.AddParameter("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddTimeZone(OsloZone());
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return text[..text.LastIndexOf("END:VCALENDAR", StringComparison.Ordinal)];
    }

    /// <summary>One entry as VEVENT text: the master with its RRULE and EXDATEs, then a VEVENT per moved occurrence.</summary>
    private static string Block(IcsEntry entry)
    {
        var serializer = new ComponentSerializer();
        // DTSTAMP is the entry's last change, so the same version always gives the same text.
        var stamp = Utc(entry.LastModified);
        var master = Vevent(entry, entry.When, stamp);
        var text = new StringBuilder();
        var overrides = new List<CalendarEvent>();
        if (entry.Repeat is { } repeat)
        {
            master.RecurrenceRule = Rule(repeat, entry.When);
            foreach (var change in entry.Exceptions)
            {
                var original = entry.When.StartingOn(change.OriginalDate);
                if (change.MovedTo is { } moved)
                {
                    var occurrence = Vevent(entry, moved, stamp);
                    occurrence.RecurrenceIdentifier = new RecurrenceIdentifier(Start(original));
                    overrides.Add(occurrence);
                }
                else
                {
                    master.ExceptionDates.Add(Start(original));
                }
            }
        }
        text.Append(serializer.SerializeToString(master));
        foreach (var occurrence in overrides)
        {
            text.Append(serializer.SerializeToString(occurrence));
        }
        return text.ToString();
    }

    private static CalendarEvent Vevent(IcsEntry entry, EventWhen when, CalDateTime stamp) => new()
    {
        Uid = entry.Uid,
        Summary = entry.Title,
        Location = entry.Place,
        Description = string.IsNullOrWhiteSpace(entry.Description) ? entry.Url : entry.Description + "\n\n" + entry.Url,
        Url = new Uri(entry.Url),
        DtStart = Start(when),
        DtEnd = End(when),
        DtStamp = stamp,
        LastModified = Utc(entry.LastModified),
        Sequence = Math.Max(0, entry.Sequence),
        Status = entry.Tentative ? "TENTATIVE" : "CONFIRMED",
        Transparency = when.IsAllDay ? "TRANSPARENT" : "OPAQUE",
        Categories = [entry.Category],
    };

    private static CalDateTime Start(EventWhen when) => when.StartTime is { } t
        ? new CalDateTime(when.StartDate.ToDateOnly(), new TimeOnly(t.TickOfDay), Oslo)
        : new CalDateTime(when.StartDate.ToDateOnly());

    // An all-day event ends the day after its last day: 14.–15. ends on the 16th.
    private static CalDateTime End(EventWhen when) => when.EndTime is { } t
        ? new CalDateTime(when.EndDate.ToDateOnly(), new TimeOnly(t.TickOfDay), Oslo)
        : new CalDateTime(when.EndDate.PlusDays(1).ToDateOnly());

    private static IcalRule Rule(RecurrenceRule repeat, EventWhen when)
    {
        var frequency = repeat.Frequency switch
        {
            RepeatFrequency.Weekly => FrequencyType.Weekly,
            RepeatFrequency.Monthly => FrequencyType.Monthly,
            _ => FrequencyType.Yearly,
        };
        var rule = new IcalRule(frequency, repeat.Interval) { Count = repeat.Count };
        var day = (DayOfWeek)((int)(repeat.Weekday ?? when.StartDate.DayOfWeek) % 7);
        if (repeat.Frequency == RepeatFrequency.Weekly)
        {
            rule.ByDay.Add(new WeekDay(day));
        }
        else if (repeat.Ordinal is { } n)
        {
            rule.ByDay.Add(new WeekDay(day, n));
        }
        if (repeat.Until is { } until)
        {
            // UNTIL has DTSTART's type: a date for all-day series, the last start's instant in UTC for timed ones.
            rule.Until = when.StartTime is { } t
                ? Utc((until + t).InZoneLeniently(NorwegianTime.Oslo).ToInstant())
                : new CalDateTime(until.ToDateOnly());
        }
        return rule;
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), CalDateTime.UtcTzId);

    /// <summary>Europe/Oslo as Outlook wants it: CET/CEST switching on the last Sunday of March and October.</summary>
    private static VTimeZone OsloZone()
    {
        var zone = new VTimeZone(Oslo);
        zone.TimeZoneInfos.Add(new VTimeZoneInfo("STANDARD")
        {
            TimeZoneName = "CET", OffsetFrom = new UtcOffset(TimeSpan.FromHours(2)), OffsetTo = new UtcOffset(TimeSpan.FromHours(1)),
            DtStart = new CalDateTime(1996, 10, 27, 3, 0, 0), RecurrenceRule = new IcalRule("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        });
        zone.TimeZoneInfos.Add(new VTimeZoneInfo("DAYLIGHT")
        {
            TimeZoneName = "CEST", OffsetFrom = new UtcOffset(TimeSpan.FromHours(1)), OffsetTo = new UtcOffset(TimeSpan.FromHours(2)),
            DtStart = new CalDateTime(1981, 3, 29, 2, 0, 0), RecurrenceRule = new IcalRule("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        });
        return zone;
    }
}
