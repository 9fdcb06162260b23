using System.Globalization;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Reads the results service's file (every party in every municipality, or one party's lines): the party's line per municipality,
/// by the columns mapped. A municipality the organisation does not answer for, a number that is not a number, a count below zero or
/// a municipality twice is a problem on its line; the file is saved only when it has none.
/// </summary>
public sealed record ResultFile(IReadOnlyList<ResultLine> Lines, IReadOnlyList<ResultProblem> Problems, IReadOnlyList<ResultField> MissingColumns,
    IReadOnlyList<string> UnknownColumns)
{
    public const int MaxLines = 20_000;

    public bool CanBeSaved => Problems.Count == 0 && MissingColumns.Count == 0 && UnknownColumns.Count == 0 && Lines.Count > 0;

    /// <param name="party">The party's code or name as the file writes it (SP, Senterpartiet); empty when every line is the party's.</param>
    /// <param name="municipalities">The municipalities the organisation answers for, by number.</param>
    public static ResultFile Read(string text, ResultColumns columns, string? party, IReadOnlyDictionary<MunicipalityNumber, (Guid Id, string Name)> municipalities,
        CancellationToken ct = default)
    {
        var rows = DelimitedText.Rows(text).ToList();
        var headers = rows.FirstOrDefault().Cells ?? [];
        var missing = columns.MissingIn(headers);
        var unknown = columns.UnknownIn(headers);
        if (missing.Count > 0 || unknown.Count > 0)
        {
            return new ResultFile([], [], missing, unknown);
        }
        int Index(ResultField f) => columns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Trim().Equals(h.Trim(), StringComparison.OrdinalIgnoreCase)) : -1;
        var (mIx, pIx, vIx, sIx, seatIx, cIx) = (Index(ResultField.Municipality), Index(ResultField.Party), Index(ResultField.Votes), Index(ResultField.Share),
            Index(ResultField.Seats), Index(ResultField.Change));
        var lines = new List<ResultLine>();
        var problems = new List<ResultProblem>();
        if (rows.Count - 1 > MaxLines)
        {
            return new ResultFile([], [new ResultProblem(MaxLines + 2, $"Filen har mer enn {MaxLines} linjer.")], [], []);
        }
        foreach (var (line, cells) in rows.Skip(1))
        {
            ct.ThrowIfCancellationRequested();
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace) || !string.IsNullOrWhiteSpace(party) && pIx >= 0 && !Cell(pIx).Equals(party.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!MunicipalityNumber.TryParse(Cell(mIx).PadLeft(4, '0'), out var number) || !municipalities.TryGetValue(number, out var place))
            {
                problems.Add(new ResultProblem(line, $"Kommunenummeret «{Cell(mIx)}» er ikke en av kommunene organisasjonen stiller liste i."));
                continue;
            }
            if (lines.Any(l => l.MunicipalityId == place.Id))
            {
                problems.Add(new ResultProblem(line, $"{place.Name} står to ganger for partiet. Velg partiets kode, så leses bare partiets linjer."));
                continue;
            }
            var votes = Whole(Cell(vIx));
            var share = Decimal(Cell(sIx));
            var seats = seatIx < 0 || Cell(seatIx).Length == 0 ? 0 : Whole(Cell(seatIx));
            var change = cIx < 0 || Cell(cIx).Length == 0 ? null : Decimal(Cell(cIx));
            if (votes is not { } v || v < 0 || share is not { } s || s is < 0 or > 100 || seats is not { } seat || seat is < 0 or > ListResult.MaxSeats
                || cIx >= 0 && Cell(cIx).Length > 0 && change is null)
            {
                problems.Add(new ResultProblem(line, $"{place.Name}: stemmer, oppslutning og mandater må være tall, ikke under null (oppslutningen høyst 100)."));
                continue;
            }
            lines.Add(new ResultLine(line, place.Id, place.Name, v, s, seat, change));
        }
        return new ResultFile(lines, problems, [], []);
    }

    private static int? Whole(string text) =>
        int.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A share or a change as the file writes it: «14,2», «14.2», «14,2 %», «−1,3».</summary>
    private static decimal? Decimal(string text)
    {
        var cleaned = text.Replace("%", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-').Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
