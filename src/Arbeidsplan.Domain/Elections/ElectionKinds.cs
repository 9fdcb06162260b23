namespace Arbeidsplan.Domain.Elections;

public static class ElectionKinds
{
    public static string Label(this ElectionKind kind) => kind switch
    {
        ElectionKind.Local => "Kommune- og fylkestingsvalg",
        ElectionKind.Storting => "Stortingsvalg",
        ElectionKind.Sameting => "Sametingsvalg",
        _ => kind.ToString(),
    };
}
