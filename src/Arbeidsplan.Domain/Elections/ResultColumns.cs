namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Which column of a results file holds each field: guessed from the headers the results service writes (Kommunenummer, Partikode,
/// Antall stemmer totalt, Oppslutning prosentvis, Antall mandater, Endring % siste tilsvarende valg), or as the organisation saved it.
/// </summary>
public sealed record ResultColumns(IReadOnlyDictionary<ResultField, string> Columns)
{
    public static readonly IReadOnlyList<ResultField> Required = [ResultField.Municipality, ResultField.Votes, ResultField.Share];

    private static readonly Dictionary<ResultField, string[]> Aliases = new()
    {
        [ResultField.Municipality] = ["kommunenummer", "kommunenr", "kommune nr", "kommunenr.", "knr"],
        [ResultField.Party] = ["partikode", "parti", "partinavn", "liste"],
        [ResultField.Votes] = ["antall stemmer totalt", "stemmer totalt", "antall stemmer", "stemmer"],
        [ResultField.Share] = ["oppslutning prosentvis", "oppslutning", "prosent", "oppslutning %", "%"],
        [ResultField.Seats] = ["antall mandater", "mandater", "representanter"],
        [ResultField.Change] = ["endring % siste tilsvarende valg", "endring %", "endring", "endring prosentpoeng"],
    };

    public static ResultColumns Guess(IReadOnlyList<string> headers)
    {
        var found = new Dictionary<ResultField, string>();
        foreach (var (field, aliases) in Aliases)
        {
            if (aliases.Select(a => headers.FirstOrDefault(h => h.Trim().Equals(a, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(h => h is not null) is { } header)
            {
                found[field] = header;
            }
        }
        return new ResultColumns(found);
    }

    /// <summary>The required fields with no column, or with a column the file does not have.</summary>
    public IReadOnlyList<ResultField> MissingIn(IReadOnlyList<string> headers) =>
        [.. Required.Where(f => !Columns.TryGetValue(f, out var h) || !headers.Any(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Columns named that the file does not have (a saved mapping from another year's file).</summary>
    public IReadOnlyList<string> UnknownIn(IReadOnlyList<string> headers) =>
        [.. Columns.Values.Where(h => !headers.Any(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase)))];

    public static string Label(ResultField field) => field switch
    {
        ResultField.Municipality => "Kommunenummer",
        ResultField.Party => "Parti",
        ResultField.Votes => "Stemmer",
        ResultField.Share => "Oppslutning (%)",
        ResultField.Seats => "Mandater",
        _ => "Endring (prosentpoeng)",
    };
}
