namespace Arbeidsplan.Domain.Elections;

/// <summary>A nomination step's light, as the scorecard's: done (green), due within a month (yellow), overdue (red), or not yet due.</summary>
public enum StepLight
{
    NotDue = 0,
    Done = 1,
    Soon = 2,
    Late = 3,
}
