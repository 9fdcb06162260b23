using NodaTime;

namespace Arbeidsplan.Domain.Plans;

/// <summary>Everything the scanner picked out of one timing text, before it is placed in the plan's period.</summary>
internal sealed class TimingParts
{
    public bool Deadline { get; set; }
    public bool From { get; set; }
    public bool EveryYear { get; set; }
    public List<DatePart> Dates { get; } = [];
    public List<YearPart> Parts { get; } = [];
    public List<int> Years { get; } = [];
    public (int First, int Last)? YearRange { get; set; }
    public Recurrence? Recurrence { get; set; }
    public string? Continuous { get; set; }
    public bool WholePeriod { get; set; }
    public RelativeTiming? Relative { get; set; }
    public int? RelativeYear { get; set; }
    public FixedAnchor? FixedAnchor { get; set; }
    public IsoDayOfWeek? NamedWeekday { get; set; }
    public List<string> Problems { get; } = [];

    /// <summary>What the text says of how sure or how often it is ("ved behov", "om mulig", "omtrent"), kept in the reading.</summary>
    public List<string> Qualifiers { get; } = [];

    public bool Any => Dates.Count > 0 || Parts.Count > 0 || Years.Count > 0 || YearRange is not null || Recurrence is not null
        || Continuous is not null || Relative is not null || FixedAnchor is not null || EveryYear || WholePeriod;
}
