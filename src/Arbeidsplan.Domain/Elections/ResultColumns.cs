namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Which column of a results file holds each field: guessed from the headers the results service writes (Kommunenummer, Partikode,
/// Antall stemmer totalt, Oppslutning prosentvis, Antall mandater, Endring % siste tilsvarende valg), or as the organisation saved it.
/// A file with a column of personal votes is the candidates' file (Kommunenummer, Partikode, Kandidatnummer, Navn, Personstemmer).
/// </summary>
public sealed record ResultColumns(IReadOnlyDictionary<ResultField, string> Columns)
{
    public static readonly IReadOnlyList<ResultField> Required = [ResultField.Municipality, ResultField.Votes, ResultField.Share];

    /// <summary>The candidates' file needs the municipality and the votes, and the candidate by name or place (checked on its own).</summary>
    public static readonly IReadOnlyList<ResultField> CandidateRequired = [ResultField.Municipality, ResultField.PersonalVotes];

    /// <summary>The fields of the lists' file and of the candidates' file; the municipality and the party are in both.</summary>
    public static readonly IReadOnlyList<ResultField> ListFields =
        [ResultField.Municipality, ResultField.Party, ResultField.Votes, ResultField.Share, ResultField.Seats, ResultField.Change];

    public static readonly IReadOnlyList<ResultField> CandidateFields =
        [ResultField.Municipality, ResultField.Party, ResultField.Candidate, ResultField.Place, ResultField.PersonalVotes];

    /// <summary>Whether this is the candidates' file: it has a column of personal votes.</summary>
    public bool ForCandidates => Columns.ContainsKey(ResultField.PersonalVotes);

    private static readonly Dictionary<ResultField, string[]> Aliases = new()
    {
        [ResultField.Municipality] = ["kommunenummer", "kommunenr", "kommune nr", "kommunenr.", "knr"],
        [ResultField.Party] = ["partikode", "parti", "partinavn", "liste"],
        [ResultField.Votes] = ["antall stemmer totalt", "stemmer totalt", "antall stemmer", "stemmer"],
        [ResultField.Share] = ["oppslutning prosentvis", "oppslutning", "prosent", "oppslutning %", "%"],
        [ResultField.Seats] = ["antall mandater", "mandater", "representanter"],
        [ResultField.Change] = ["endring % siste tilsvarende valg", "endring %", "endring", "endring prosentpoeng"],
        [ResultField.Candidate] = ["navn", "kandidatnavn", "kandidat", "fullt navn"],
        [ResultField.Place] = ["kandidatnummer", "kandidatnr", "kandidatnr.", "listeplass", "plass", "plassnummer"],
        [ResultField.PersonalVotes] = ["personstemmer", "antall personstemmer", "personstemmer totalt", "personlige stemmer"],
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

    /// <summary>
    /// The required fields with no column, or with a column the file does not have; in the candidates' file, the candidate when
    /// neither the name nor the place has one.
    /// </summary>
    public IReadOnlyList<ResultField> MissingIn(IReadOnlyList<string> headers)
    {
        bool Has(ResultField f) => Columns.TryGetValue(f, out var h) && headers.Any(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase));
        var missing = (ForCandidates ? CandidateRequired : Required).Where(f => !Has(f)).ToList();
        if (ForCandidates && !Has(ResultField.Candidate) && !Has(ResultField.Place))
        {
            missing.Add(ResultField.Candidate);
        }
        return missing;
    }

    /// <summary>The columns of the fields given alone: the lists' or the candidates' part of a guess.</summary>
    public ResultColumns Only(IReadOnlyList<ResultField> fields) => new(Columns.Where(c => fields.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value));

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
        ResultField.Candidate => "Kandidatens navn",
        ResultField.Place => "Kandidatnummer",
        ResultField.PersonalVotes => "Personstemmer",
        _ => "Endring (prosentpoeng)",
    };
}
