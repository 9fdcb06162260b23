namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// What a list must hold, by the election act: the fewest and most names (the seats plus six, at least seven in a local election)
/// and how many candidates the party may cumulate (give the extra vote to), by the council's size. The bands are data: a changed
/// act is a changed row.
/// </summary>
public sealed record ListRules(int MinNames, int MaxNames, int MaxCumulated)
{
    /// <summary>Municipal council: how many may be cumulated, up to a council size (inclusive).</summary>
    private static readonly (int UpToSeats, int Cumulated)[] MunicipalBands = [(23, 4), (53, 6), (int.MaxValue, 10)];

    private const int MinLocal = 7;
    private const int ExtraNames = 6;

    /// <param name="countyList">The county's own list (the county council's, or a constituency's in a Storting election).</param>
    public static ListRules For(ElectionKind kind, bool countyList, int seats) => (kind, countyList) switch
    {
        (ElectionKind.Local, false) => new(MinLocal, seats + ExtraNames, MunicipalBands.First(b => seats <= b.UpToSeats).Cumulated),
        (ElectionKind.Local, true) => new(MinLocal, seats + ExtraNames, 0),
        _ => new(Math.Max(1, seats), seats + ExtraNames, 0),
    };

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
