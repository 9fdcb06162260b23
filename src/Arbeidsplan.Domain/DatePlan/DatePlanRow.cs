namespace Arbeidsplan.Domain.DatePlan;

/// <summary>
/// One row of a date plan as read: the line it came from, the date cell as written, the days it means and the activity; where the
/// table has columns for them, the organiser, the place and what the responsible and remark columns say.
/// </summary>
public sealed record DatePlanRow(int Line, DatePlanRowKind Kind, int Year, int Month, string DateCell, EventWhen? When, string Text, string? Problem,
    string? Organiser = null, string? Place = null, string? Description = null)
{
    public string Source => (DateCell + " " + Text).Trim();
}
