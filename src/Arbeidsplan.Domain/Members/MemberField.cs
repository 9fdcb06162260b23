namespace Arbeidsplan.Domain.Members;

/// <summary>What the follow-up needs from the central register's export; name and contact only if the organisation keeps them.</summary>
public enum MemberField
{
    MemberNumber = 0,
    Branch = 1,
    JoinedOn = 2,
    PaidForYear = 3,
    BirthYear = 4,
    Gender = 5,

    /// <summary>Read only when the organisation keeps names for the follow-up lists.</summary>
    Name = 6,
    Phone = 7,
    Email = 8,
}
