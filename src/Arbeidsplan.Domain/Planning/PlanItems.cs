using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Planning;

/// <summary>A chapter of the plan as the document numbers it ("2.1 Målsettinger").</summary>
public sealed class Chapter : IVersioned, IAudited
{
    private Chapter() => Title = "";

    public Chapter(Guid planId, string? number, string title, string? text, int order, Guid? originId = null)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        OriginId = originId;
        Title = "";
        Update(number, title, text, order);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? OriginId { get; private set; }
    public string? Number { get; private set; }
    public string Title { get; private set; }
    public string? Text { get; private set; }
    public int Order { get; private set; }
    public long Version { get; set; }

    public void Update(string? number, string title, string? text, int order)
    {
        Number = Common.Text.Optional(number, nameof(Number), "Nummer", 20);
        Title = Common.Text.Required(title, nameof(Title), "Tittel");
        Text = Common.Text.Optional(text, nameof(Text), "Tekst", 50_000);
        Order = order;
    }
}

/// <summary>Where an indicator's current value comes from: typed in now, counted from members or study hours later.</summary>
public enum IndicatorSource
{
    Manual = 0,
    MemberStatistics = 1,
    StudyStatistics = 2,
}

/// <summary>A measurable target: from a baseline (value, date) towards a target (value, date).</summary>
public sealed record Indicator
{
    public Indicator(string name, string? unit, decimal? baseline, LocalDate? baselineOn, decimal? target, LocalDate? targetOn,
        decimal? current = null, LocalDate? currentOn = null, IndicatorSource source = IndicatorSource.Manual)
    {
        Name = Common.Text.Required(name, "IndicatorName", "Indikatorens navn");
        Unit = Common.Text.Optional(unit, "IndicatorUnit", "Enhet", 50);
        if (target is not null && baseline is not null && target == baseline)
        {
            throw new RuleViolation("IndicatorTarget", "Målverdien må være en annen enn utgangsverdien.");
        }
        if (targetOn is { } t && baselineOn is { } b && t < b)
        {
            throw new RuleViolation("IndicatorTargetOn", "Måldatoen kan ikke være før datoen for utgangsverdien.");
        }
        (Baseline, BaselineOn, Target, TargetOn, Current, CurrentOn, Source) = (baseline, baselineOn, target, targetOn, current, currentOn, source);
    }

    public string Name { get; }
    public string? Unit { get; }
    public decimal? Baseline { get; }
    public LocalDate? BaselineOn { get; }
    public decimal? Target { get; }
    public LocalDate? TargetOn { get; }
    public decimal? Current { get; }
    public LocalDate? CurrentOn { get; }
    public IndicatorSource Source { get; }

    /// <summary>How far the current value has come from the baseline toward the target, 0–1; null while a value is missing.</summary>
    public double? Progress => (Baseline, Target, Current) is ({ } b, { } t, { } c) && t != b
        ? Math.Clamp((double)((c - b) / (t - b)), 0, 1)
        : null;
}

/// <summary>A goal of the plan, with an optional indicator.</summary>
public sealed class Goal : IVersioned, IAudited
{
    private Goal() => Text = "";

    public Goal(Guid planId, Guid? chapterId, string text, int order, Indicator? indicator = null, Guid? originId = null)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        OriginId = originId;
        Text = "";
        Update(chapterId, text, order, indicator);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid? OriginId { get; private set; }
    public Guid? ChapterId { get; private set; }
    public string Text { get; private set; }
    public int Order { get; private set; }
    public string? IndicatorName { get; private set; }
    public string? IndicatorUnit { get; private set; }
    public decimal? Baseline { get; private set; }
    public LocalDate? BaselineOn { get; private set; }
    public decimal? Target { get; private set; }
    public LocalDate? TargetOn { get; private set; }
    public decimal? Current { get; private set; }
    public LocalDate? CurrentOn { get; private set; }
    public IndicatorSource IndicatorSource { get; private set; }
    public long Version { get; set; }

    public Indicator? Indicator => IndicatorName is null
        ? null
        : new Indicator(IndicatorName, IndicatorUnit, Baseline, BaselineOn, Target, TargetOn, Current, CurrentOn, IndicatorSource);

    public void Update(Guid? chapterId, string text, int order, Indicator? indicator)
    {
        ChapterId = chapterId;
        Text = Common.Text.Required(text, nameof(Text), "Målet", 2000);
        Order = order;
        SetIndicator(indicator);
    }

    public void SetIndicator(Indicator? i)
    {
        (IndicatorName, IndicatorUnit, Baseline, BaselineOn, Target, TargetOn, Current, CurrentOn) =
            (i?.Name, i?.Unit, i?.Baseline, i?.BaselineOn, i?.Target, i?.TargetOn, i?.Current, i?.CurrentOn);
        IndicatorSource = i?.Source ?? IndicatorSource.Manual;
    }
}

/// <summary>A dated note on a measure's status, with who wrote it: the evidence of follow-up.</summary>
public sealed class StatusNote : IAudited
{
    private StatusNote() => (Text, Author) = ("", "");

    public StatusNote(Guid measureId, LocalDate on, MeasureStatus status, string? text, string author, Instant writtenAt)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        On = on;
        Status = status;
        Text = Common.Text.Optional(text, nameof(Text), "Notatet", 4000) ?? "";
        Author = author;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public LocalDate On { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string Text { get; private set; }
    public string Author { get; private set; }
    public Instant WrittenAt { get; private set; }

    public void ForgetAuthor() => Author = Erased.Name;
}

/// <summary>The plan as it stood when adopted or revised, kept for history and diff.</summary>
public sealed class PlanRevision
{
    private PlanRevision() => (Note, Content, Author) = ("", "", "");

    public PlanRevision(Guid planId, int number, PlanState state, LocalDate on, string? note, string content, string author, Instant createdAt)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        Number = number;
        State = state;
        On = on;
        Note = Common.Text.Optional(note, nameof(Note), "Merknaden", 2000) ?? "";
        Content = content;
        Author = author;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public PlanState State { get; private set; }
    public LocalDate On { get; private set; }
    public string Note { get; private set; }

    /// <summary>The plan's content as JSON (<see cref="PlanContent"/>).</summary>
    public string Content { get; private set; }
    public string Author { get; private set; }
    public Instant CreatedAt { get; private set; }
}
