namespace Arbeidsplan.Domain.Register;

public static class PublicOfficeKinds
{
    public static string Label(this PublicOfficeKind kind) => kind switch
    {
        PublicOfficeKind.Mayor => "Ordfører",
        PublicOfficeKind.DeputyMayor => "Varaordfører",
        PublicOfficeKind.GroupLeader => "Gruppeleder",
        PublicOfficeKind.MunicipalCouncillor => "Kommunestyrerepresentant",
        PublicOfficeKind.CountyCouncillor => "Fylkestingsrepresentant",
        PublicOfficeKind.MemberOfParliament => "Stortingsrepresentant",
        _ => kind.ToString(),
    };
}
