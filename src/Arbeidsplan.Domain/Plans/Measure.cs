using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>An action of the plan: optional code, text, category, owner, timing (as written and as understood) and status.</summary>
public sealed class Measure : IVersioned, IAudited
{
    private readonly List<MeasureGoal> goals = [];

    private Measure() => (Text, TimingText, TimingWindows, TimingUnderstood) = ("", "", "", "");

    public Measure(Guid planId, Guid? chapterId, string? code, string text, int order, string? category = null, Guid? originId = null)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        OriginId = originId;
        (Text, TimingText, TimingWindows, TimingUnderstood) = ("", "", "", "");
        Update(chapterId, code, text, category, order);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? OriginId { get; private set; }
    public Guid? ChapterId { get; private set; }
    public string? Code { get; private set; }
    public string Text { get; private set; }
    public string? Category { get; private set; }
    public int Order { get; private set; }
    public string? OwnerText { get; private set; }
    public Guid? OwnerPositionTypeId { get; private set; }
    public Guid? OwnerBodyId { get; private set; }
    public Guid? OwnerOrganisationId { get; private set; }
    public string TimingText { get; private set; }
    public TimingKind TimingKind { get; private set; }
    public string TimingWindows { get; private set; }
    public string TimingUnderstood { get; private set; }
    public string? TimingUnclear { get; private set; }
    public LocalDate? DueOn { get; private set; }

    /// <summary>The months the timing falls in (<see cref="Timing.MonthsText"/>), for the database's "due this month".</summary>
    public string TimingMonths { get; private set; } = "";

    /// <summary>The owner as the database sorts it the Norwegian way (<see cref="NorwegianText.SortKey"/>).</summary>
    public string OwnerSortKey { get; private set; } = NorwegianText.SortKey(null);
    public MeasureStatus Status { get; private set; }
    public LocalDate? StatusOn { get; private set; }
    public long Version { get; set; }
    public IReadOnlyList<MeasureGoal> Goals => goals;

    public MeasureOwner Owner => new(OwnerText ?? "", OwnerPositionTypeId, OwnerBodyId, OwnerOrganisationId);

    public void Update(Guid? chapterId, string? code, string text, string? category, int order)
    {
        ChapterId = chapterId;
        Code = Common.Text.Optional(code, nameof(Code), "Koden", 20);
        Text = Common.Text.Required(text, nameof(Text), "Tiltaket", 2000);
        Category = Common.Text.Optional(category, nameof(Category), "Kategorien", 100);
        Order = order;
    }

    public void AssignOwner(MeasureOwner? owner)
    {
        OwnerText = Common.Text.Optional(owner?.Text, nameof(OwnerText), "Ansvarlig", 200);
        (OwnerPositionTypeId, OwnerBodyId, OwnerOrganisationId) = OwnerText is null ? (null, null, null) : (owner!.PositionTypeId, owner.BodyId, owner.OrganisationId);
        OwnerSortKey = NorwegianText.SortKey(OwnerText);
    }

    /// <summary>Keeps the timing as written and what was understood of it; text that is not understood is kept and flagged, never refused.</summary>
    public void SetTiming(Timing timing)
    {
        TimingText = Common.Text.Optional(timing.Text, nameof(TimingText), "Gjennomføring", 200) ?? "";
        TimingKind = timing.Kind;
        TimingWindows = timing.WindowsText;
        TimingUnderstood = timing.Understood;
        TimingUnclear = timing.Unclear;
        DueOn = timing.Due;
        TimingMonths = timing.MonthsText;
    }

    public Timing Timing => new(TimingText, TimingKind, Plans.Timing.ParseWindows(TimingWindows), TimingUnderstood, TimingUnclear);

    /// <summary>
    /// The measure's status as of a date, with the dated note that is its evidence (to be kept with it). The date is when the
    /// status was true, today or earlier in Oslo when the note is written.
    /// </summary>
    public StatusNote SetStatus(MeasureStatus status, LocalDate on, string? note, string author, Instant writtenAt)
    {
        if (!Enum.IsDefined(status))
        {
            throw new RuleViolation(nameof(Status), "Velg en status.");
        }
        if (on > writtenAt.InZone(NorwegianTime.Oslo).Date)
        {
            throw new RuleViolation("On", "Datoen kan ikke være fram i tid.");
        }
        Status = status;
        StatusOn = on;
        return new StatusNote(Id, on, status, note, author, writtenAt);
    }

    public void LinkGoals(IEnumerable<Guid> goalIds)
    {
        var wanted = goalIds.Distinct().ToHashSet();
        goals.RemoveAll(g => !wanted.Contains(g.GoalId));
        foreach (var id in wanted.Where(id => goals.All(g => g.GoalId != id)))
        {
            goals.Add(new MeasureGoal(Id, id));
        }
    }
}
