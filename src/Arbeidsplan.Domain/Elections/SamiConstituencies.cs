namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The Sámi parliament's seven constituencies as the election regulation has set them since 2009: what the form offers when a
/// Sámi parliament election is given its constituencies. Only a suggestion: the constituencies an election has are its rows.
/// </summary>
public static class SamiConstituencies
{
    public static IReadOnlyList<(int Number, string Name)> Defaults { get; } =
    [
        (1, "Østre valgkrets"), (2, "Ávjovári valgkrets"), (3, "Nordre valgkrets"), (4, "Gáisi valgkrets"),
        (5, "Vesthavet valgkrets"), (6, "Sørsamisk valgkrets"), (7, "Sør-Norge valgkrets"),
    ];
}
