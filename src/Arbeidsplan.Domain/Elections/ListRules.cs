namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// What a list must hold: the fewest and most names and how many candidates may be cumulated (given the extra vote), worked out
/// from the band of the election act (<see cref="ListRuleBand"/>, data) that fits the election and the council's size.
/// </summary>
public sealed record ListRules(int MinNames, int MaxNames, int MaxCumulated)
{
    /// <param name="countyList">The county's own list (the county council's, or a constituency's in a Storting election).</param>
    /// <returns>Null when no band is kept for the election's kind and list.</returns>
    public static ListRules? For(IEnumerable<ListRuleBand> bands, ElectionKind kind, bool countyList, int seats) =>
        bands.Where(b => b.Kind == kind && b.CountyList == countyList && (b.UpToSeats is null || seats <= b.UpToSeats))
            .OrderBy(b => b.UpToSeats ?? int.MaxValue).FirstOrDefault()?.RulesFor(seats);

    /// <summary>What is wrong with a list of this many names, this many cumulated; empty when it holds.</summary>
    public IReadOnlyList<string> Check(int names, int cumulated)
    {
        var problems = new List<string>();
        if (names < MinNames)
        {
            problems.Add($"Listen må ha minst {MinNames} navn; den har {names}.");
        }
        if (names > MaxNames)
        {
            problems.Add($"Listen kan ha høyst {MaxNames} navn; den har {names}.");
        }
        if (cumulated > MaxCumulated)
        {
            problems.Add(MaxCumulated == 0 ? "Ingen kandidater kan kumuleres på denne listen." : $"Høyst {MaxCumulated} kandidater kan kumuleres; {cumulated} er kumulert.");
        }
        return problems;
    }
}
