namespace Arbeidsplan.Domain.Register;

public static class ScopeKinds
{
    public static string Label(this ScopeKind kind) => kind switch
    {
        ScopeKind.Subtree => "Organisasjonen og alt under den",
        ScopeKind.OwnUnit => "Bare organisasjonen selv",
        ScopeKind.Region => "Lokallagene i én region",
        _ => kind.ToString(),
    };
}
