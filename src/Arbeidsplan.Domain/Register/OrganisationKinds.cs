namespace Arbeidsplan.Domain.Register;

public static class OrganisationKinds
{
    public static string Label(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.National => "Hovedorganisasjon",
        OrganisationKind.Umbrella => "Overbygning",
        OrganisationKind.County => "Fylkeslag",
        OrganisationKind.CountyPart => "Fylkesdellag",
        OrganisationKind.Local => "Lokallag",
        OrganisationKind.Affiliate => "Sideorganisasjon",
        _ => kind.ToString(),
    };

    /// <summary>Kinds that may hold regions: the county level.</summary>
    public static bool HoldsRegions(this OrganisationKind kind) =>
        kind is OrganisationKind.County or OrganisationKind.CountyPart or OrganisationKind.Umbrella;
}
