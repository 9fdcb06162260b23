using NodaTime;

namespace Arbeidsplan.Domain.DatePlan;

/// <summary>A deadline derived from a rule for one meeting.</summary>
public sealed record DerivedDeadline(DeadlineRule Rule, Occurrence Meeting, LocalDate Due)
{
    public string Title => $"{Rule.Title}: {Meeting.Event.Title}";

    public static IEnumerable<DerivedDeadline> For(IEnumerable<DeadlineRule> rules, IEnumerable<Occurrence> occurrences) =>
        from o in occurrences
        from r in rules
        where r.Covers(o.Event)
        select new DerivedDeadline(r, o, r.DueFor(o));
}
