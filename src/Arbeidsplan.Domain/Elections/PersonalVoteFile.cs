using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Reads the results service's file of the candidates' personal votes (every party's candidates in every municipality, or one
/// party's): the party's lines, each candidate found on the municipality's list by place (the candidate number) where the file
/// has one, the name then a check that it is the same person, or by name where the file has no number. A municipality without a
/// list, a candidate not on it or twice, a number whose name is another's, a count that is not a whole number or is below zero is a
/// problem on its line; the votes are saved only when the file has none.
/// </summary>
public sealed record PersonalVoteFile(IReadOnlyList<PersonalVoteLine> Lines, IReadOnlyList<ResultProblem> Problems, IReadOnlyList<ResultField> MissingColumns,
    IReadOnlyList<string> UnknownColumns)
{
    /// <summary>
    /// The most lines read: the national file has every party's candidates in every municipality (some 60 000 in a local election),
    /// so it is allowed more than the lists' file; the import's size limit bounds the work before this.
    /// </summary>
    public const int MaxLines = 300_000;

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
        if (rows.Count - 1 > MaxLines)
        {
            return new PersonalVoteFile([], [new ResultProblem(MaxLines + 2, $"Filen har mer enn {MaxLines:N0} linjer.")], [], []);
        }
        int Index(ResultField f) => columns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase)) : -1;
        var (mIx, pIx, nameIx, placeIx, vIx) = (Index(ResultField.Municipality), Index(ResultField.Party), Index(ResultField.Candidate), Index(ResultField.Place),
            Index(ResultField.PersonalVotes));
        var lines = new List<PersonalVoteLine>();
        var problems = new List<ResultProblem>();
        var seen = new HashSet<Guid>();
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
            var (found, problem) = Match(list, name, place);
            if (found is null)
            {
                problems.Add(new ResultProblem(line, problem!));
                continue;
            }
            var candidate = found.Value;
            if (!int.TryParse(Cell(vIx).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), out var votes) || votes < 0)
            {
                problems.Add(new ResultProblem(line, $"{list.Municipality}, {candidate.Name}: personstemmene må være et helt tall, ikke under null."));
                continue;
            }
            if (!seen.Add(candidate.Id))
            {
                problems.Add(new ResultProblem(line, $"{list.Municipality}: {candidate.Name} står to ganger i filen."));
                continue;
            }
            lines.Add(new PersonalVoteLine(line, list.NominationId, candidate.Id, list.Municipality, candidate.Name, votes));
        }
        return new PersonalVoteFile(lines, problems, [], []);
    }

    /// <summary>
    /// The candidate a line is for: by number when the file gives one (names are written many ways; the number is the list's own),
    /// checked against the name when it gives that too, so a line for another list's candidate is not put on ours; else by name.
    /// </summary>
    private static ((Guid Id, int Place, string Name)? Candidate, string? Problem) Match(BallotList list, string name, string place)
    {
        if (int.TryParse(place, out var number))
        {
            var at = list.Candidates.Where(c => c.Place == number).ToList();
            return at.Count != 1 ? (null, $"{list.Municipality}: nummer {number} står ikke på listen.")
                : name.Length > 0 && !SameName(at[0].Name, name) && !LikelySame(at[0].Name, name)
                    ? (null, $"{list.Municipality}: nummer {number} på listen er {at[0].Name}, ikke «{name}». Sjekk kommunen og kandidatnummeret.")
                    : (at[0], null);
        }
        if (name.Length == 0)
        {
            return (null, $"{list.Municipality}: linjen har verken kandidatnummer eller navn.");
        }
        var named = list.Candidates.Where(c => SameName(c.Name, name)).ToList();
        return named.Count switch
        {
            1 => (named[0], null),
            0 => (null, $"{list.Municipality}: «{name}» står ikke på listen."),
            _ => (null, $"{list.Municipality}: «{name}» står flere ganger på listen. Bruk kandidatnummeret."),
        };
    }

    /// <summary>A name the file writes fuller or shorter than the register (a middle name more or less): first and last names agree.</summary>
    private static bool LikelySame(string listed, string written)
    {
        static string[] Words(string s)
        {
            var comma = s.IndexOf(',', StringComparison.Ordinal);
            var turned = comma > 0 ? $"{s[(comma + 1)..]} {s[..comma]}" : s;
            return turned.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        var (a, b) = (Words(listed), Words(written));
        return a.Length > 0 && b.Length > 0 && a[0] == b[0] && a[^1] == b[^1];
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
