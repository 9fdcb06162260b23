using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Planning;
using NodaTime;
using NodaTime.Calendars;

namespace Arbeidsplan.Domain.Scheduling;

public enum YearType
{
    ElectionYear = 0,
    MidTerm = 1,
}

/// <summary>The pattern of a kind of year, month by month ("Aktivitetsplan: Valgår / Mellomår"), applied to a year as drafts.</summary>
public sealed class EventTemplate : IVersioned, IAudited
{
    private readonly List<TemplateItem> items = [];

    private EventTemplate() => Name = "";

    public EventTemplate(Guid organisationId, string name, YearType yearType)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Name = "";
        Update(name, yearType);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; }
    public YearType YearType { get; private set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }
    public IReadOnlyList<TemplateItem> Items => items;

    public void Update(string name, YearType yearType)
    {
        Name = Text.Required(name, nameof(Name), "Navn", 200);
        YearType = yearType;
    }

    public void ReplaceItems(IEnumerable<(int Month, int? Day, Guid KindId, string Title)> rows)
    {
        items.Clear();
        var order = 0;
        foreach (var row in rows)
        {
            items.Add(new TemplateItem(Id, row.Month, row.Day, row.KindId, row.Title, order += 10));
        }
    }

    /// <summary>Draft events of <paramref name="year"/>: on the item's day, or spanning the month when the template gives none.</summary>
    public IReadOnlyList<Event> Apply(int year, Guid organisationId) =>
        items.OrderBy(i => i.Month).ThenBy(i => i.Order)
            .Select(i => new Event(organisationId, new EventDetails(i.KindId, i.Title), i.WhenIn(year), null, EventStatus.Draft) { CopiedFromId = i.Id })
            .ToList();
}

public sealed class TemplateItem : IAudited, IVersionedPart
{
    Guid IVersionedPart.OwnerId => TemplateId;

    private TemplateItem() => Title = "";

    public TemplateItem(Guid templateId, int month, int? day, Guid kindId, string title, int order)
    {
        if (month is < 1 or > 12)
        {
            throw new RuleViolation(nameof(Month), "Måneden må være mellom 1 og 12.");
        }
        if (day is not null and (< 1 or > 31) || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
        {
            throw new RuleViolation(nameof(Day), $"{NorwegianDates.MonthName(month)} har ikke dag {day}.");
        }
        Id = Guid.CreateVersion7();
        TemplateId = templateId;
        Month = month;
        Day = day;
        KindId = kindId;
        Title = Text.Required(title, nameof(Title), "Aktivitet", 300);
        Order = order;
    }

    public Guid Id { get; private set; }
    public Guid TemplateId { get; private set; }
    public int Month { get; private set; }
    public int? Day { get; private set; }
    public Guid KindId { get; private set; }
    public string Title { get; private set; }
    public int Order { get; private set; }

    public EventWhen WhenIn(int year) => Day is { } d
        ? EventWhen.Day(new LocalDate(year, Month, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(year, Month))))
        : EventWhen.Month(year, Month);
}

/// <summary>Moves a date into another year on the same weekday of the same ISO week, as a date plan copied to next year wants.</summary>
public static class YearCopy
{
    public static LocalDate SameWeekday(LocalDate date, int years)
    {
        var rules = WeekYearRules.Iso;
        var weekYear = rules.GetWeekYear(date) + years;
        var week = Math.Min(rules.GetWeekOfWeekYear(date), rules.GetWeeksInWeekYear(weekYear));
        var copy = rules.GetLocalDate(weekYear, week, date.DayOfWeek);
        if (copy.Year == date.Year + years)
        {
            return copy;
        }
        // Around new year the ISO week belongs to the other year; take the nearest same weekday in the target year instead.
        var target = date.PlusYears(years);
        var after = target.With(DateAdjusters.NextOrSame(date.DayOfWeek));
        var before = target.With(DateAdjusters.PreviousOrSame(date.DayOfWeek));
        var nearest = Period.Between(target, after, PeriodUnits.Days).Days <= Period.Between(before, target, PeriodUnits.Days).Days ? after : before;
        return nearest.Year == target.Year ? nearest : nearest == after ? before : after;
    }

    /// <summary>A draft copy of the event in a later year: same weekday, same length, the series' end moved along.</summary>
    public static Event Copy(Event source, int years)
    {
        var start = SameWeekday(source.StartDate, years);
        var shift = Period.Between(source.StartDate, start, PeriodUnits.Days).Days;
        var repeat = source.Repeat is { } r
            ? new RecurrenceRule(r.Frequency, r.Interval, r.Weekday, r.Ordinal, r.Count, r.Until?.PlusDays(shift))
            : null;
        return new Event(source.OrganisationId, source.Details, source.When.StartingOn(start), repeat, EventStatus.Draft) { CopiedFromId = source.Id };
    }
}
