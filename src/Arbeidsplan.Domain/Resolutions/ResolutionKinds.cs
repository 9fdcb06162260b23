namespace Arbeidsplan.Domain.Resolutions;

public static class ResolutionKinds
{
    public static string Label(this ResolutionKind kind) => kind switch
    {
        ResolutionKind.Resolution => "Resolusjon",
        ResolutionKind.Statement => "Uttalelse",
        _ => kind.ToString(),
    };
}
