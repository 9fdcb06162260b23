using Arbeidsplan.Domain.Elections;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>Where a step's target starts in a new election: a day of the election year or of a year before it.</summary>
public sealed record StepDefaultRow(NominationStepKind Kind, string Step, int YearsBefore, int Month, int Day, long Version);

/// <summary>A band of the election act's list rules, as the page and the API show it.</summary>
/// <param name="FromSeats">The fewest seats of the band's councils: one more than the band below it.</param>
public sealed record ListBandRow(int Id, ElectionKind Kind, string Election, bool CountyList, int? FromSeats, int? UpToSeats, int MinNames, bool MinFromSeats,
    int ExtraNames, int MaxCumulated, long Version)
{
    /// <summary>Which lists the band is for, in words: «Kommunestyret, opptil 23 mandater».</summary>
    public string Lists => (Kind, CountyList) switch
    {
        (ElectionKind.Local, false) => (FromSeats, UpToSeats) switch
        {
            (_, { } most) when FromSeats is null or 1 => $"Kommunestyret, opptil {most} mandater",
            ({ } least, { } most) => $"Kommunestyret, {least}–{most} mandater",
            ({ } least, null) => $"Kommunestyret, {least} mandater eller flere",
            _ => "Kommunestyret",
        },
        (ElectionKind.Local, true) => "Fylkestinget",
        (ElectionKind.Storting, _) => "Valgdistriktet",
        _ => "Valgkretsen",
    };
}

public sealed record ElectionRulesView(IReadOnlyList<StepDefaultRow> StepDefaults, IReadOnlyList<ListBandRow> ListBands, bool CanEdit);

/// <summary>The rows to change, each at the version read; rows left out are kept.</summary>
public sealed class ElectionRulesInput
{
    public List<StepDefaultInput>? StepDefaults { get; set; }
    public List<ListBandInput>? ListBands { get; set; }
}

public sealed class StepDefaultInput
{
    public NominationStepKind Kind { get; set; }
    public int YearsBefore { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public long? Version { get; set; }
}

public sealed class ListBandInput
{
    public int Id { get; set; }
    public int MinNames { get; set; }
    public bool MinFromSeats { get; set; }
    public int ExtraNames { get; set; }
    public int MaxCumulated { get; set; }
    public long? Version { get; set; }
}
