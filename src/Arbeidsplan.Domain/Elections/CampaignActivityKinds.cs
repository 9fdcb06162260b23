namespace Arbeidsplan.Domain.Elections;

public static class CampaignActivityKinds
{
    public static readonly IReadOnlyList<CampaignActivityKind> All = Enum.GetValues<CampaignActivityKind>();

    public static string Label(this CampaignActivityKind kind) => kind switch
    {
        CampaignActivityKind.Stand => "Stand",
        CampaignActivityKind.DoorToDoor => "Dør-til-dør",
        CampaignActivityKind.PublicMeeting => "Folkemøte",
        CampaignActivityKind.SchoolDebate => "Skoledebatt",
        CampaignActivityKind.Leaflets => "Løpesedler",
        _ => "Annet",
    };

    /// <summary>What the count of an activity of the kind counts.</summary>
    public static string Counts(this CampaignActivityKind kind) => kind switch
    {
        CampaignActivityKind.Stand => "samtaler",
        CampaignActivityKind.DoorToDoor => "dører",
        CampaignActivityKind.PublicMeeting => "deltakere",
        CampaignActivityKind.SchoolDebate => "elever",
        CampaignActivityKind.Leaflets => "løpesedler",
        _ => "personer nådd",
    };
}
