using Arbeidsplan.Domain.Scheduling;

namespace Arbeidsplan.Web.Features.DatePlan;

public sealed class EventInput
{
    public Guid OrganisationId { get; set; }

    /// <summary>Who holds the event, when another organisation than the one whose date plan lists it.</summary>
    public Guid? HostId { get; set; }
    public Guid KindId { get; set; }
    public Guid? BodyId { get; set; }
    public string? Title { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Place { get; set; }
    public string? Link { get; set; }
    public string? Description { get; set; }
    public EventVisibility Visibility { get; set; }
    public EventStatus Status { get; set; }
    public RepeatInput? Repeat { get; set; }
    /// <summary>The plan measures the event carries out; left out (null), the links stay as they are.</summary>
    public List<Guid>? MeasureIds { get; set; }
    public long Version { get; set; }
}

/// <summary>A series: "Weekly" every n weeks on a weekday, "Monthly" by date or on the nth weekday, "TimesAYear", "Yearly".</summary>
public sealed class RepeatInput
{
    public string? Frequency { get; set; }
    public int Interval { get; set; } = 1;
    public NodaTime.IsoDayOfWeek? Weekday { get; set; }
    public int? Ordinal { get; set; }
    public int? TimesAYear { get; set; }
    public int? Count { get; set; }
    public DateOnly? Until { get; set; }
}

public sealed class OccurrenceInput
{
    public DateOnly OriginalDate { get; set; }
    public bool Cancel { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public long Version { get; set; }
}

public sealed record EventKindRow(Guid Id, string Key, string Name, bool IsBuiltIn);

public sealed record ExceptionRow(DateOnly OriginalDate, bool Cancelled, string? MovedTo);

public sealed record EventDetail(
    Guid Id, Guid OrganisationId, Guid? HostId, string OrganiserName, Guid KindId, string KindName, Guid? BodyId, string? BodyName, string Title,
    DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime, TimeOnly? EndTime, string WhenText, string? Place, string? Link, string? Description,
    EventVisibility Visibility, EventStatus Status, string StatusLabel, RepeatInput? Repeat, string? RepeatText, IReadOnlyList<ExceptionRow> Exceptions,
    IReadOnlyList<LinkedMeasure> Measures, IReadOnlyList<DeadlineRow> Deadlines, string? SourceText, bool IsDemo, bool CanEdit, long Version);

public sealed record LinkedMeasure(Guid Id, Guid PlanId, string? Code, string Text);

public sealed record DeadlineRow(string Title, DateOnly Due, string MeetingTitle, DateOnly MeetingOn, Guid EventId);

/// <summary>What a calendar row is: an event occurrence, a deadline a rule derives from a meeting, a plan measure's deadline, or a statutory window.</summary>
public enum ItemSource
{
    Event = 0,
    RuleDeadline = 1,
    MeasureDeadline = 2,
    Window = 3,
}

/// <summary>One row of every date plan view: the month table, the calendar, the wheel and the upcoming list.</summary>
public sealed record CalendarItem(
    ItemSource Source, string Title, DateOnly Start, DateOnly End, TimeOnly? StartTime, TimeOnly? EndTime, Guid OrganisationId, string OrganiserName,
    Guid? KindId, string KindName, string? Place, string? Link, EventStatus Status, bool IsSeries, bool Moved, Guid? EventId, DateOnly? OriginalDate,
    string Url, string DateCell, string WhenText);

public sealed record MonthGroup(int Year, int Month, string Name, IReadOnlyList<CalendarItem> Items);

public sealed record OrganiserOption(Guid Id, string Name);

public sealed record BodyOption(Guid Id, string Name, string OrganisationName);

public sealed record MeasureOption(Guid Id, string PlanTitle, string? Code, string Text);

public sealed record DatePlanView(
    Guid OrganisationId, string OrganisationName, int Year, IReadOnlyList<MonthGroup> Months, IReadOnlyList<OrganiserOption> Organisers,
    IReadOnlyList<EventKindRow> Kinds, bool CanEdit, int DraftCount);

/// <summary>The filters every view shares, read from the query string.</summary>
public sealed class CalendarFilter
{
    public Guid? OrganisationId { get; set; }
    public int? Year { get; set; }
    public Guid? OrganiserId { get; set; }
    public Guid? KindId { get; set; }
    public Guid? BodyId { get; set; }
    public bool WithBranches { get; set; }
    public bool OnlyEvents { get; set; }
}
