using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

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
