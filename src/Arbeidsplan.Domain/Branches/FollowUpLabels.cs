namespace Arbeidsplan.Domain.Branches;

public static class FollowUpLabels
{
    public static string Label(this ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Telefon",
        ContactChannel.Meeting => "Møte",
        ContactChannel.Email => "E-post",
        ContactChannel.Message => "Melding",
        _ => "Besøk",
    };

    public static readonly IReadOnlyList<FlagReason> Reasons =
        [FlagReason.Recruitment, FlagReason.MemberCare, FlagReason.WaysOfWorking, FlagReason.Finances, FlagReason.SocialMedia];

    public static string Label(this FlagReason reason) => string.Join(", ", Reasons.Where(r => reason.HasFlag(r)).Select(r => r switch
    {
        FlagReason.Recruitment => "verving",
        FlagReason.MemberCare => "medlemspleie",
        FlagReason.WaysOfWorking => "arbeidsform",
        FlagReason.Finances => "økonomi",
        _ => "sosiale medier",
    }));
}
