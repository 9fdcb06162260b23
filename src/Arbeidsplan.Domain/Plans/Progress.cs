namespace Arbeidsplan.Domain.Plans;

/// <summary>Progress of measures rolled up to a goal, a chapter or the plan: the mean weight of the measures that count.</summary>
public static class Progress
{
    public static double? Of(IEnumerable<MeasureStatus> statuses)
    {
        var weights = statuses.Select(s => s.Weight()).Where(w => w is not null).Select(w => w!.Value).ToList();
        return weights.Count == 0 ? null : weights.Average();
    }

    public static string Percent(double? progress) => progress is { } p ? $"{Math.Round(p * 100)} %" : "–";
}
