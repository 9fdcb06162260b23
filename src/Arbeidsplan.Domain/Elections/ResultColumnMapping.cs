using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// The results files' column names and the party's code an organisation mapped once, used for its next imports: the lists' file
/// and the candidates' file (personal votes) each keep their own columns, as the service names them differently.
/// </summary>
public sealed class ResultColumnMapping : IAudited
{
    private ResultColumnMapping() { }

    public ResultColumnMapping(Guid organisationId, ResultColumns columns, string? party)
    {
        OrganisationId = organisationId;
        Set(columns, party);
    }

    public Guid OrganisationId { get; private set; }
    public string? Municipality { get; private set; }
    public string? Party { get; private set; }
    public string? Votes { get; private set; }
    public string? Share { get; private set; }
    public string? Seats { get; private set; }
    public string? Change { get; private set; }

    /// <summary>The candidates' file: its municipality and party columns, the candidate's name and place, and the personal votes.</summary>
    public string? CandidateMunicipality { get; private set; }
    public string? CandidateParty { get; private set; }
    public string? CandidateName { get; private set; }
    public string? CandidatePlace { get; private set; }
    public string? PersonalVotes { get; private set; }

    /// <summary>The party's code or name in the file (SP).</summary>
    public string? PartyCode { get; private set; }

    /// <summary>Keeps the columns of the kind of file they are for (the other kind's stay), and the party's code.</summary>
    public void Set(ResultColumns columns, string? party)
    {
        string? Of(ResultField f) => columns.Columns.TryGetValue(f, out var h) ? Text.Optional(h, f.ToString(), ResultColumns.Label(f), 100) : null;
        if (columns.ForCandidates)
        {
            (CandidateMunicipality, CandidateParty, CandidateName, CandidatePlace, PersonalVotes) =
                (Of(ResultField.Municipality), Of(ResultField.Party), Of(ResultField.Candidate), Of(ResultField.Place), Of(ResultField.PersonalVotes));
        }
        else
        {
            (Municipality, Party, Votes, Share, Seats, Change) =
                (Of(ResultField.Municipality), Of(ResultField.Party), Of(ResultField.Votes), Of(ResultField.Share), Of(ResultField.Seats), Of(ResultField.Change));
        }
        PartyCode = Text.Optional(party, nameof(PartyCode), "Partiets kode", 60);
    }

    /// <summary>The lists' file's columns as saved.</summary>
    public ResultColumns ToColumns() => Of(
        (ResultField.Municipality, Municipality), (ResultField.Party, Party), (ResultField.Votes, Votes), (ResultField.Share, Share),
        (ResultField.Seats, Seats), (ResultField.Change, Change));

    /// <summary>The candidates' file's columns as saved.</summary>
    public ResultColumns ToCandidateColumns() => Of(
        (ResultField.Municipality, CandidateMunicipality), (ResultField.Party, CandidateParty), (ResultField.Candidate, CandidateName),
        (ResultField.Place, CandidatePlace), (ResultField.PersonalVotes, PersonalVotes));

    /// <summary>The saved columns that fit the file: the lists' or the candidates', whichever names only columns it has; null when neither does.</summary>
    public ResultColumns? FittingIn(IReadOnlyList<string> headers) =>
        new[] { ToColumns(), ToCandidateColumns() }.FirstOrDefault(c => c.Columns.Count > 0 && c.UnknownIn(headers).Count == 0 && c.MissingIn(headers).Count == 0);

    private static ResultColumns Of(params (ResultField Field, string? Header)[] columns) =>
        new(columns.Where(x => x.Header is not null).ToDictionary(x => x.Field, x => x.Header!));
}
