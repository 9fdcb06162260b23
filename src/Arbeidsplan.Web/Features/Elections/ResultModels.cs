using Arbeidsplan.Domain.Elections;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>The results of an election for the lists an organisation fields, beside the last election's.</summary>
public sealed record ResultsView(ElectionRow Election, Guid OrganisationId, string OrganisationName, string? PreviousElection, IReadOnlyList<ResultRow> Rows,
    bool CanEdit, bool Open)
{
    public int Lists => Rows.Count(r => r.Votes is not null);
    public int Votes => Rows.Sum(r => r.Votes ?? 0);
    public int Seats => Rows.Sum(r => r.Seats ?? 0);
    public int SeatsBefore => Rows.Sum(r => r.SeatsBefore ?? 0);
}

/// <summary>One list's result: none yet (nulls), with the change given by the file or worked out from the last election's share.</summary>
public sealed record ResultRow(Guid CountyId, Guid? MunicipalityId, string Name, int? Votes, decimal? Share, int? Seats, decimal? Change, decimal? ShareBefore,
    int? SeatsBefore, long Version, Guid? ConstituencyId = null);

public sealed class ResultInput
{
    public Guid ElectionId { get; set; }
    public Guid CountyId { get; set; }
    public Guid? MunicipalityId { get; set; }

    /// <summary>The constituency whose list it is (a Sámi parliament election's).</summary>
    public Guid? ConstituencyId { get; set; }
    public int? Votes { get; set; }
    public decimal? Share { get; set; }
    public int? Seats { get; set; }
    public decimal? Change { get; set; }
    public long? Version { get; set; }
}

public sealed class ResultImportInput
{
    public Guid ElectionId { get; set; }

    /// <summary>The county (or the organisation above) whose municipalities the file covers.</summary>
    public Guid OrganisationId { get; set; }
    public string? Text { get; set; }
    public string? FileName { get; set; }

    /// <summary>Field → the file's column; empty means the organisation's saved mapping, or a guess from the headers.</summary>
    public Dictionary<ResultField, string>? Columns { get; set; }

    /// <summary>The party's code or name as the file writes it (SP); empty means the saved one, or every line is the party's.</summary>
    public string? Party { get; set; }

    /// <summary>False shows the report; true saves every line, or none.</summary>
    public bool Apply { get; set; }
}

public sealed record ResultImportReport(bool Saved, int Lines, IReadOnlyList<string> Headers, IReadOnlyDictionary<ResultField, string> Columns, string? Party,
    IReadOnlyList<ResultField> MissingColumns, IReadOnlyList<string> UnknownColumns, IReadOnlyList<ResultProblem> Problems, IReadOnlyList<ResultLine> Read,
    IReadOnlyList<PersonalVoteLine> Votes);
