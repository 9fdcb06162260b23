namespace Arbeidsplan.Domain.Meetings;

public enum MinutesStatus
{
    /// <summary>Being written, or signed by fewer than two.</summary>
    Draft = 0,

    /// <summary>Signed by two members or approved at a later meeting: locked, corrected only by a new version with a reason.</summary>
    Approved = 1,
}
