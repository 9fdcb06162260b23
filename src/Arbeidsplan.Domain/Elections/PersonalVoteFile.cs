using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Reads the results service's file of the candidates' personal votes (every party's candidates in every municipality, or one
/// party's): the party's lines, each candidate found on the municipality's list by name, or by place where the file has no name.
/// A municipality without a list, a candidate not on it or twice, a count that is not a whole number or is below zero is a problem
/// on its line; the votes are saved only when the file has none.
/// </summary>
public sealed record PersonalVoteFile(IReadOnlyList<PersonalVoteLine> Lines, IReadOnlyList<ResultProblem> Problems, IReadOnlyList<ResultField> MissingColumns,
    IReadOnlyList<string> UnknownColumns)
{
    public bool CanBeSaved => Problems.Count == 0 && MissingColumns.Count == 0 && UnknownColumns.Count == 0 && Lines.Count > 0;

    /// <param name="lists">The lists of the municipalities the organisation answers for, by number.</param>
    public static PersonalVoteFile Read(string text, ResultColumns columns, string? party, IReadOnlyDictionary<MunicipalityNumber, BallotList> lists,
        CancellationToken ct = default)
    {
        var rows = DelimitedText.Rows(text).ToList();
        var headers = rows.FirstOrDefault().Cells ?? [];
        var missing = columns.MissingIn(headers);
        var unknown = columns.UnknownIn(headers);
        if (missing.Count > 0 || unknown.Count > 0)
        {
            return new PersonalVoteFile([], [], missing, unknown);
        }
        if (rows.Count - 1 > ResultFile.MaxLines)
        {
            return new PersonalVoteFile([], [new ResultProblem(ResultFile.MaxLines + 2, $"Filen har mer enn {ResultFile.MaxLines} linjer.")], [], []);
        }
        int Index(ResultField f) => columns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase)) : -1;
        var (mIx, pIx, nameIx, placeIx, vIx) = (Index(ResultField.Municipality), Index(ResultField.Party), Index(ResultField.Candidate), Index(ResultField.Place),
            Index(ResultField.PersonalVotes));
        var lines = new List<PersonalVoteLine>();
        var problems = new List<ResultProblem>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            ct.ThrowIfCancellationRequested();
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace) || !string.IsNullOrWhiteSpace(party) && pIx >= 0 && !Cell(pIx).Equals(party.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!MunicipalityNumber.TryParse(Cell(mIx).PadLeft(4, '0'), out var number) || !lists.TryGetValue(number, out var list))
            {
                problems.Add(new ResultProblem(line, $"Kommunenummeret «{Cell(mIx)}» er ikke en kommune der partiet har en liste i Arbeidsplan."));
                continue;
            }
            var (name, place) = (Cell(nameIx), Cell(placeIx));
            var found = name.Length > 0 ? list.Candidates.Where(c => SameName(c.Name, name)).ToList()
                : int.TryParse(place, out var p) ? list.Candidates.Where(c => c.Place == p).ToList() : [];
            if (found.Count != 1)
            {
                var who = name.Length > 0 ? $"«{name}»" : $"nummer «{place}»";
                problems.Add(new ResultProblem(line, found.Count == 0 ? $"{list.Municipality}: {who} står ikke på listen." : $"{list.Municipality}: {who} står flere ganger på listen. Bruk kandidatnummeret."));
                continue;
            }
            var candidate = found[0];
            if (!int.TryParse(Cell(vIx).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), out var votes) || votes < 0)
            {
                problems.Add(new ResultProblem(line, $"{list.Municipality}, {candidate.Name}: personstemmene må være et helt tall, ikke under null."));
                continue;
            }
            if (lines.Any(l => l.CandidateId == candidate.Id))
            {
                problems.Add(new ResultProblem(line, $"{list.Municipality}: {candidate.Name} står to ganger i filen."));
                continue;
            }
            lines.Add(new PersonalVoteLine(line, list.NominationId, candidate.Id, list.Municipality, candidate.Name, votes));
        }
        return new PersonalVoteFile(lines, problems, [], []);
    }

    /// <summary>The same name as the file writes it: case, extra spaces and «Etternavn, Fornavn» set aside.</summary>
    private static bool SameName(string listed, string written)
    {
        static string Normal(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var comma = written.IndexOf(',', StringComparison.Ordinal);
        var turned = comma > 0 ? $"{written[(comma + 1)..]} {written[..comma]}" : written;
        return Normal(listed) == Normal(written) || Normal(listed) == Normal(turned);
    }
}
