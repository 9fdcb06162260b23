using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

public static class ElectionKinds
{
    /// <summary>
    /// Who fields the county's own list: in a local election the county council's list is the umbrella's where counties share one
    /// (Hedmark and Oppland in Innlandet), else the county's; in a Storting or Sámi parliament election the county's own, for its
    /// constituency (the old counties nominate separately).
    /// </summary>
    public static Guid ListOwner(this ElectionKind kind, Guid county, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds) =>
        kind == ElectionKind.Local && tree.ParentOf(county) is { } parent && kinds.GetValueOrDefault(parent) == OrganisationKind.Umbrella ? parent : county;

    /// <summary>What the county's own list is called in a row of the overview.</summary>
    public static string CountyList(this ElectionKind kind) => kind switch
    {
        ElectionKind.Storting => "Stortingslista",
        ElectionKind.Sameting => "Sametingslista",
        _ => "Fylkestinget",
    };

    public static string Label(this ElectionKind kind) => kind switch
    {
        ElectionKind.Local => "Kommune- og fylkestingsvalg",
        ElectionKind.Storting => "Stortingsvalg",
        ElectionKind.Sameting => "Sametingsvalg",
        _ => kind.ToString(),
    };
}
