using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// What a list must hold in one kind of election, for councils up to a size, by the election act: the fewest names (a number, or as
/// many as the seats), the most (the seats plus a number) and how many candidates may be cumulated. Data, kept by administrators:
/// a changed act is a changed row.
/// </summary>
public sealed class ListRuleBand : IVersioned, IAudited
{
    private ListRuleBand() { }

    public ListRuleBand(int id, ElectionKind kind, bool countyList, int? upToSeats, int minNames, bool minFromSeats, int extraNames, int maxCumulated)
    {
        (Id, Kind, CountyList, UpToSeats) = (id, kind, countyList, upToSeats);
        Set(minNames, minFromSeats, extraNames, maxCumulated);
    }

    public int Id { get; private set; }
    public ElectionKind Kind { get; private set; }

    /// <summary>The county's own list (the county council's, or a constituency's) rather than a municipality's.</summary>
    public bool CountyList { get; private set; }

    /// <summary>The largest council the band is for; null for any size.</summary>
    public int? UpToSeats { get; private set; }
    public int MinNames { get; private set; }

    /// <summary>At least as many names as there are seats (a Storting list), besides <see cref="MinNames"/>.</summary>
    public bool MinFromSeats { get; private set; }

    /// <summary>The most names: the seats plus this many.</summary>
    public int ExtraNames { get; private set; }
    public int MaxCumulated { get; private set; }
    public long Version { get; set; }

    /// <summary>The election act (valgloven § 6-2 and § 7-2): seven names at least in a local election, the seats plus six at most,
    /// four, six or ten cumulated by the council's size and none on the county council's list; a Storting list as many as the seats.</summary>
    public static IReadOnlyList<ListRuleBand> Act =>
    [
        new(1, ElectionKind.Local, false, 23, 7, false, 6, 4), new(2, ElectionKind.Local, false, 53, 7, false, 6, 6),
        new(3, ElectionKind.Local, false, null, 7, false, 6, 10), new(4, ElectionKind.Local, true, null, 7, false, 6, 0),
        new(5, ElectionKind.Storting, true, null, 1, true, 6, 0), new(6, ElectionKind.Sameting, true, null, 1, true, 6, 0),
    ];

    public void Set(int minNames, bool minFromSeats, int extraNames, int maxCumulated)
    {
        if (minNames is < 1 or > 200 || extraNames is < 0 or > 100 || maxCumulated is < 0 or > 100)
        {
            throw new RuleViolation(nameof(MinNames), "Færrest navn må være fra 1 til 200, navn utover mandatene fra 0 til 100 og kumulerte fra 0 til 100.");
        }
        (MinNames, MinFromSeats, ExtraNames, MaxCumulated) = (minNames, minFromSeats, extraNames, maxCumulated);
    }

    public ListRules RulesFor(int seats) => new(Math.Max(MinNames, MinFromSeats ? seats : 0), seats + ExtraNames, MaxCumulated);
}
