using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Elections;

/// <summary>The results file's column names and the party's code an organisation mapped once, used for its next imports.</summary>
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

    /// <summary>The party's code or name in the file (SP).</summary>
    public string? PartyCode { get; private set; }

    public void Set(ResultColumns columns, string? party)
    {
        string? Of(ResultField f) => columns.Columns.TryGetValue(f, out var h) ? Text.Optional(h, f.ToString(), ResultColumns.Label(f), 100) : null;
        (Municipality, Party, Votes, Share, Seats, Change) =
            (Of(ResultField.Municipality), Of(ResultField.Party), Of(ResultField.Votes), Of(ResultField.Share), Of(ResultField.Seats), Of(ResultField.Change));
        PartyCode = Text.Optional(party, nameof(PartyCode), "Partiets kode", 60);
    }

    public ResultColumns ToColumns() => new(new (ResultField Field, string? Header)[]
    {
        (ResultField.Municipality, Municipality), (ResultField.Party, Party), (ResultField.Votes, Votes), (ResultField.Share, Share),
        (ResultField.Seats, Seats), (ResultField.Change, Change),
    }.Where(x => x.Header is not null).ToDictionary(x => x.Field, x => x.Header!));
}
