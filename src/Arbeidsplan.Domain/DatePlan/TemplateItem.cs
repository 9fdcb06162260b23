using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

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
