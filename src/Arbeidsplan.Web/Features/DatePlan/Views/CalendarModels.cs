using Arbeidsplan.Domain.DatePlan;

namespace Arbeidsplan.Web.Features.DatePlan.Views;

public sealed record EventKindRow(Guid Id, string Key, string Name, bool IsBuiltIn);

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

    /// <summary>Events and the deadlines rules derive from them, without the plans' deadlines and the statutory windows.</summary>
    public bool OnlyRuleDeadlines { get; set; }
}
