namespace Arbeidsplan.Domain.Register;

/// <summary>
/// What holding a position of a type means to the system, set on the type as data (a party names its offices as it likes):
/// every feature asks for a role, never for a name. A type may have several roles (a leader leads and votes in the body).
/// </summary>
[Flags]
public enum PositionRole
{
    None = 0,

    /// <summary>Leads the organisation or body: calls its meetings, sets the agenda.</summary>
    Leads = 1,

    /// <summary>Stands in for the leader.</summary>
    Deputy = 2,

    /// <summary>The political deputy: follows up resolutions, answers for the annual report.</summary>
    PoliticalDeputy = 4,

    /// <summary>Keeps the minutes and the body's papers.</summary>
    Secretary = 8,

    Treasurer = 16,

    /// <summary>Answers for the study circles and reports the study hours.</summary>
    StudyLeader = 32,

    /// <summary>Looks after the members: welcomes new ones, reminds those who have not paid.</summary>
    MemberOfficer = 64,

    /// <summary>The branch's contact for the election campaign.</summary>
    CampaignContact = 128,

    /// <summary>Follows up the branches of a region.</summary>
    RegionContact = 256,

    /// <summary>Has a vote in the body's meetings (a deputy member has not).</summary>
    VotesInBody = 512,

    /// <summary>Receives the county's weekly digest of what needs following up.</summary>
    ReceivesDigest = 1024,

    /// <summary>Sits on a nomination committee: gives the nomination.</summary>
    Nominates = 2048,

    /// <summary>A deputy member (vara) of the body: called in, in the order of the types, when a member sends forfall.</summary>
    DeputyMember = 4096,
}
