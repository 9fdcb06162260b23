namespace Arbeidsplan.Domain.Meetings;

public static class CaseKinds
{
    public static string Label(this CaseKind kind) => kind switch
    {
        CaseKind.Decision => "Vedtakssak",
        CaseKind.Information => "Orienteringssak",
        CaseKind.Discussion => "Drøftingssak",
        _ => kind.ToString(),
    };
}
