namespace Arbeidsplan.Domain.Elections;

/// <summary>What a branch did in the campaign; each has its own thing to count.</summary>
public enum CampaignActivityKind
{
    /// <summary>Stand: conversations.</summary>
    Stand = 0,

    /// <summary>Dør-til-dør: doors knocked on.</summary>
    DoorToDoor = 1,

    /// <summary>Folkemøte: who came.</summary>
    PublicMeeting = 2,

    /// <summary>Skoledebatt: pupils in the hall.</summary>
    SchoolDebate = 3,

    /// <summary>Løpesedler: leaflets handed out or put in letterboxes.</summary>
    Leaflets = 4,

    /// <summary>Something else (a phone round, a visit): people reached.</summary>
    Other = 5,
}
