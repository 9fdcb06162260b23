namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// A plan rolled over into its next period, as one operation: a draft of the same kind with its chapters, goals and measures
/// copied and linked as before; the dates in every timing moved on by the period's length (a meeting keeps its weekday, see
/// <see cref="Common.SameWeekday"/>) and read again against the next period's calendar; each indicator starting from where the
/// last period ended, its target date moved on.
/// </summary>
public sealed class PlanRollOver
{
    private PlanRollOver(Plan plan, IReadOnlyList<Chapter> chapters, IReadOnlyList<Goal> goals, IReadOnlyList<Measure> measures) =>
        (Plan, Chapters, Goals, Measures) = (plan, chapters, goals, measures);

    public Plan Plan { get; }
    public IReadOnlyList<Chapter> Chapters { get; }
    public IReadOnlyList<Goal> Goals { get; }
    public IReadOnlyList<Measure> Measures { get; }

    /// <param name="events">The organisation's events in the next period (<see cref="Plan.NextPeriod"/>), which relative timings are placed on.</param>
    public static PlanRollOver Of(Plan source, string? title, IReadOnlyList<Chapter> chapters, IReadOnlyList<Goal> goals, IReadOnlyList<Measure> measures,
        IReadOnlyList<CalendarEntry> events)
    {
        var years = source.Period.LengthInYears;
        var next = source.RollOver(title);
        var calendar = PlanCalendar.FromChapters(chapters.Select(c => (c.Title, c.Text)), next.Period).With(events);
        var chapterCopies = chapters.ToDictionary(c => c.Id, c => new Chapter(next.Id, c.Number, c.Title, c.Text, c.Order, c.Id));
        var goalCopies = goals.ToDictionary(g => g.Id, g => new Goal(next.Id, Copied(chapterCopies, g.ChapterId), g.Text, g.Order, Carried(g.Indicator, years), g.Id));
        var measureCopies = measures.Select(m =>
        {
            var copy = new Measure(next.Id, Copied(chapterCopies, m.ChapterId), m.Code, m.Text, m.Order, m.Category, m.Id);
            copy.AssignOwner(m.Owner.Text.Length == 0 ? null : m.Owner);
            copy.SetTiming(TimingParser.Parse(YearText.ShiftTiming(m.TimingText, years, source.Period, IsMeeting(m)), next.Period, calendar));
            copy.LinkGoals(m.Goals.Select(g => goalCopies[g.GoalId].Id));
            return copy;
        }).ToList();
        return new PlanRollOver(next, [.. chapterCopies.Values], [.. goalCopies.Values], measureCopies);
    }

    /// <summary>The last known value is the next period's baseline; the target stays, its date moved on.</summary>
    private static Indicator? Carried(Indicator? i, int years) => i is null
        ? null
        : new Indicator(i.Name, i.Unit, i.Current ?? i.Baseline, i.CurrentOn ?? i.BaselineOn, i.Target, i.TargetOn?.PlusYears(years), source: i.Source);

    /// <summary>A meeting keeps its weekday when its dates move; other dates keep their day of the month.</summary>
    private static bool IsMeeting(Measure m) => m.Text.Contains("møte", StringComparison.OrdinalIgnoreCase);

    private static Guid? Copied(Dictionary<Guid, Chapter> copies, Guid? id) => id is { } x && copies.TryGetValue(x, out var c) ? c.Id : null;
}
