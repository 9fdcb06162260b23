namespace Arbeidsplan.Domain.Members;

public enum MemberList
{
    /// <summary>Members who have not paid this year: remind them.</summary>
    Unpaid = 0,

    /// <summary>Members who joined in the last twelve months: welcome them.</summary>
    New = 1,
}
