using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Where a nomination step's target starts in a new election, as a day of the year before the election or of its year: the
/// committee set up and trained in the autumn before, the top candidate chosen before the new year (as the plans ask: «aller helst
/// før årsskiftet»), the list filed by the election act's deadline (31 March) and approved by the electoral board in the spring.
/// Data, kept by administrators: each election then keeps its own targets.
/// </summary>
public sealed class StepDefault : IVersioned, IAudited
{
    private StepDefault() { }

    public StepDefault(NominationStepKind kind, int yearsBefore, int month, int day)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new RuleViolation(nameof(Kind), "Steget finnes ikke.");
        Set(yearsBefore, month, day);
    }

    public NominationStepKind Kind { get; private set; }

    /// <summary>1 for the year before the election, 0 for the election year.</summary>
    public int YearsBefore { get; private set; }
    public int Month { get; private set; }
    public int Day { get; private set; }
    public long Version { get; set; }

    /// <summary>The election act's and the plans' targets, where the table starts.</summary>
    public static IReadOnlyList<StepDefault> Act =>
    [
        new(NominationStepKind.CommitteeAppointed, 1, 9, 1), new(NominationStepKind.CommitteeTrained, 1, 10, 15),
        new(NominationStepKind.SurveySent, 1, 11, 1), new(NominationStepKind.TopCandidateChosen, 1, 12, 31),
        new(NominationStepKind.MeetingHeld, 0, 2, 15), new(NominationStepKind.ListAdopted, 0, 3, 1),
        new(NominationStepKind.ListFiled, 0, 3, 31), new(NominationStepKind.ListApproved, 0, 5, 31),
    ];

    public void Set(int yearsBefore, int month, int day)
    {
        if (yearsBefore is < 0 or > 2)
        {
            throw new RuleViolation(nameof(YearsBefore), $"«{Kind.Label()}»: målet kan ligge i valgåret eller ett eller to år før.");
        }
        if (month < 1 || day < 1)
        {
            throw new RuleViolation(nameof(Day), $"«{Kind.Label()}»: fyll inn dag og måned.");
        }
        if (month > 12 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
        {
            throw new RuleViolation(nameof(Day), $"«{Kind.Label()}»: {day}.{month}. er ingen dato.");
        }
        (YearsBefore, Month, Day) = (yearsBefore, month, day);
    }

    /// <summary>The target in an election on the day given; 29 February is the 28th in a year without it. None is after the election day.</summary>
    public LocalDate For(LocalDate electionDay)
    {
        var year = electionDay.Year - YearsBefore;
        var target = new LocalDate(year, Month, Math.Min(Day, CalendarSystem.Iso.GetDaysInMonth(year, Month)));
        return target > electionDay ? electionDay : target;
    }
}
