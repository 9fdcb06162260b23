using Arbeidsplan.Domain.DatePlan;

namespace Arbeidsplan.Web.Features.DatePlan.Events;

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

public sealed record ExceptionRow(DateOnly OriginalDate, bool Cancelled, string? MovedTo);

public sealed record EventDetail(
    Guid Id, Guid OrganisationId, Guid? HostId, string OrganiserName, Guid KindId, string KindName, Guid? BodyId, string? BodyName, string Title,
    DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime, TimeOnly? EndTime, string WhenText, string? Place, string? Link, string? Description,
    EventVisibility Visibility, EventStatus Status, string StatusLabel, RepeatInput? Repeat, string? RepeatText, IReadOnlyList<ExceptionRow> Exceptions,
    IReadOnlyList<LinkedMeasure> Measures, IReadOnlyList<DeadlineRow> Deadlines, string? SourceText, bool IsDemo, bool CanEdit, long Version)
{
    /// <summary>A series' next occurrences from today (none for a single event).</summary>
    public IReadOnlyList<NextOccurrence> Next { get; init; } = [];
}

/// <summary>One coming occurrence of a series: the date it was planned for, when it is, and whether it was moved.</summary>
public sealed record NextOccurrence(DateOnly Original, string When, bool Moved);

public sealed record LinkedMeasure(Guid Id, Guid PlanId, string? Code, string Text);

public sealed record DeadlineRow(string Title, DateOnly Due, string MeetingTitle, DateOnly MeetingOn, Guid EventId);
