namespace Arbeidsplan.Domain.Register;

public static class BodyKinds
{
    public static string Label(this BodyKind kind) => kind switch
    {
        BodyKind.Board => "Styre",
        BodyKind.ExecutiveCommittee => "Arbeidsutvalg",
        BodyKind.Committee => "Utvalg / komité",
        BodyKind.Forum => "Forum",
        BodyKind.Network => "Nettverk",
        BodyKind.AnnualMeeting => "Årsmøte",
        _ => kind.ToString(),
    };

    /// <summary>The kind a body's name says: "Arbeidsutvalget", "Fylkesstyret", "Ordførerforum", "Kvinnenettverket"; otherwise a committee.</summary>
    public static BodyKind FromName(string name)
    {
        var s = name.Trim().ToLowerInvariant();
        return s switch
        {
            _ when s.Contains("arbeidsutval", StringComparison.Ordinal) || s is "au" => BodyKind.ExecutiveCommittee,
            _ when s.Contains("årsmøt", StringComparison.Ordinal) => BodyKind.AnnualMeeting,
            _ when s.Contains("styre", StringComparison.Ordinal) => BodyKind.Board,
            _ when s.Contains("forum", StringComparison.Ordinal) => BodyKind.Forum,
            _ when s.Contains("nettverk", StringComparison.Ordinal) => BodyKind.Network,
            _ => BodyKind.Committee,
        };
    }
}
