namespace Arbeidsplan.Domain.Elections;

/// <summary>What a column of a results file holds.</summary>
public enum ResultField
{
    Municipality = 0,
    Party = 1,
    Votes = 2,
    Share = 3,
    Seats = 4,
    Change = 5,
}
