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

    /// <summary>A candidate's name, in the file of the candidates' personal votes.</summary>
    Candidate = 6,

    /// <summary>A candidate's place on the list (kandidatnummer), in the file of the candidates' personal votes.</summary>
    Place = 7,
    PersonalVotes = 8,
}
