namespace Arbeidsplan.Domain.Register;

public enum PublicOfficeKind
{
    Mayor = 0,
    DeputyMayor = 1,
    GroupLeader = 2,
    MunicipalCouncillor = 3,
    CountyCouncillor = 4,
    MemberOfParliament = 5,
}
