using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Domain.Plans;

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
