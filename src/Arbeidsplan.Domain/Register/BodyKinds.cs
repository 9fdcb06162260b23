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
}
