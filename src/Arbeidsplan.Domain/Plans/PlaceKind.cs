namespace Arbeidsplan.Domain.Plans;

/// <summary>Where a finding points: a chapter, goal or measure of the plan.</summary>
public enum PlaceKind
{
    Chapter,
    Goal,
    Measure,
}
