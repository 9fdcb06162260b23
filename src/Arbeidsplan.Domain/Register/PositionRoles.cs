namespace Arbeidsplan.Domain.Register;

/// <summary>The roles in Norwegian, and the roles a new type probably has from its name (a suggestion at creation, edited after).</summary>
public static class PositionRoles
{
    public static readonly PositionRole[] All = [.. Enum.GetValues<PositionRole>().Where(r => r != PositionRole.None)];

    /// <summary>Every known role at once: a value with any other bit set is not a set of roles.</summary>
    public static readonly PositionRole Known = All.Aggregate(PositionRole.None, (all, r) => all | r);

    public static string Label(this PositionRole role) => role switch
    {
        PositionRole.Leads => "Leder (kaller inn, setter saklisten)",
        PositionRole.Deputy => "Nestleder",
        PositionRole.PoliticalDeputy => "Politisk nestleder (årsmelding)",
        PositionRole.Secretary => "Sekretær (protokoll)",
        PositionRole.Treasurer => "Kasserer",
        PositionRole.StudyLeader => "Studieleder",
        PositionRole.MemberOfficer => "Medlemsansvarlig (medlemslister)",
        PositionRole.CampaignContact => "Valgkampkontakt",
        PositionRole.RegionContact => "Regionkontakt",
        PositionRole.VotesInBody => "Stemmerett i organet",
        PositionRole.ReceivesDigest => "Får ukesoversikten",
        PositionRole.Nominates => "Nominerer (valgkomité)",
        PositionRole.DeputyMember => "Varamedlem (kalles inn ved forfall)",
        _ => role.ToString(),
    };

    public static IEnumerable<PositionRole> Each(this PositionRole roles) => All.Where(r => roles.HasFlag(r));

    /// <summary>
    /// The roles a type with this name is likely to have, for a type made from a duty document or by hand: only a suggestion, shown
    /// and saved with the type where it can be changed; nothing reads a name after that.
    /// </summary>
    public static PositionRole Suggest(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n switch
        {
            _ when n.Contains("politisk nestleder", StringComparison.Ordinal) => PositionRole.Deputy | PositionRole.PoliticalDeputy | PositionRole.VotesInBody,
            _ when n.Contains("nestleder", StringComparison.Ordinal) => PositionRole.Deputy | PositionRole.VotesInBody,
            _ when n.Contains("gruppeleder", StringComparison.Ordinal) => PositionRole.None,
            _ when n.StartsWith("vara", StringComparison.Ordinal) || n.Contains(". vara", StringComparison.Ordinal) => PositionRole.DeputyMember,
            _ when n.EndsWith("leder", StringComparison.Ordinal) && !n.Contains("studie", StringComparison.Ordinal) => PositionRole.Leads | PositionRole.VotesInBody,
            _ when n.Contains("studieleder", StringComparison.Ordinal) => PositionRole.StudyLeader | PositionRole.VotesInBody,
            _ when n.Contains("kasserer", StringComparison.Ordinal) => PositionRole.Treasurer | PositionRole.VotesInBody,
            _ when n.Contains("sekretær", StringComparison.Ordinal) => PositionRole.Secretary,
            _ when n.Contains("medlemsansvarlig", StringComparison.Ordinal) => PositionRole.MemberOfficer | PositionRole.VotesInBody,
            _ when n.Contains("valgkampkontakt", StringComparison.Ordinal) => PositionRole.CampaignContact,
            _ when n.Contains("regionkontakt", StringComparison.Ordinal) => PositionRole.RegionContact | PositionRole.ReceivesDigest,
            _ when n.Contains("valgkomit", StringComparison.Ordinal) || n.Contains("nominasjonskomit", StringComparison.Ordinal) => PositionRole.Nominates,
            _ when n.Contains("styremedlem", StringComparison.Ordinal) && !n.Contains("vara", StringComparison.Ordinal) => PositionRole.VotesInBody,
            _ => PositionRole.None,
        };
    }
}
