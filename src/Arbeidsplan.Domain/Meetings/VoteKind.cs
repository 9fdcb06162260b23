namespace Arbeidsplan.Domain.Meetings;

/// <summary>How a decision was reached, as the minutes say it.</summary>
public enum VoteKind
{
    /// <summary>Enstemmig vedtatt.</summary>
    Unanimous = 0,

    /// <summary>Vedtatt mot N stemmer.</summary>
    Majority = 1,

    /// <summary>Not put to a vote: an information case taken note of, or a decision by acclamation.</summary>
    NotPut = 2,
}
