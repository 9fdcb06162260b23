namespace Arbeidsplan.Domain.Register;

public enum OrganisationKind
{
    National = 0,
    Umbrella = 1,
    County = 2,
    CountyPart = 3,
    Local = 4,
    Affiliate = 5,
}
