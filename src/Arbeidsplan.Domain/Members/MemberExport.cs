using System.Globalization;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>
/// The export read line by line against the organisation's branches: every usable member, in their branch's roll as it will be kept,
/// and every problem with its line. Only what is kept is held: a national export has half a million members.
/// </summary>
/// <param name="Rolls">Each branch's members, in the order of the file.</param>
public sealed record MemberExport(IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>> Rolls, IReadOnlyList<MemberProblem> Problems, IReadOnlyList<MemberField> MissingColumns)
{
    /// <summary>The header row's cells, as the file wrote them.</summary>
    public IReadOnlyList<string> Headers { get; private init; } = [];

    /// <summary>How many members were read.</summary>
    public int Count { get; private init; }

    /// <summary>The members with a name, phone or e-mail, when they were asked for (the organisation keeps names).</summary>
    public IReadOnlyList<MemberRow> Contacts { get; private init; } = [];

    /// <summary>Every member with their branch, branch by branch.</summary>
    public IEnumerable<(Guid BranchId, MemberRecord Member)> Members => Rolls.SelectMany(r => r.Value.Select(m => (r.Key, m)));

    public bool CanBeSaved => Problems.Count == 0 && MissingColumns.Count == 0 && Count > 0;

    private static readonly IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>> None = new Dictionary<Guid, IReadOnlyList<MemberRecord>>();

    private Dictionary<string, int> lineByNumber = [];

    /// <summary>Whether the export lists this member number (case-insensitive), as the duplicate check already knows.</summary>
    public bool Lists(string memberNumber) => lineByNumber.ContainsKey(memberNumber);

    /// <param name="branchByName">Branch names and numbers as the register writes them, to the branch's id (case-insensitive).</param>
    /// <param name="withContact">Read name, phone and e-mail too: only when the organisation has chosen to keep them.</param>
    public static MemberExport Read(string text, ColumnMapping? mapping, IReadOnlyDictionary<string, Guid> branchByName, bool withContact = false,
        CancellationToken ct = default) => Read(new StringReader(text), mapping, branchByName, withContact, ct);

    /// <summary>The export read as it comes: only the members are kept, never the text.</summary>
    public static MemberExport Read(TextReader text, ColumnMapping? mapping, IReadOnlyDictionary<string, Guid> branchByName, bool withContact = false,
        CancellationToken ct = default)
    {
        using var rows = DelimitedText.Rows(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            return new MemberExport(None, [new MemberProblem(1, "Filen er tom.")], []);
        }
        var headers = rows.Current.Cells;
        mapping ??= ColumnMapping.Guess(headers);
        var missing = mapping.MissingIn(headers);
        if (missing.Count > 0)
        {
            return new MemberExport(None, [], missing) { Headers = headers };
        }
        var reading = new Reading(Columns.In(headers, mapping, withContact), branchByName, withContact);
        while (rows.MoveNext())
        {
            var (line, cells) = rows.Current;
            if (line % 10_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            reading.Add(line, cells);
        }
        return reading.Export(headers);
    }

    private static string Cell(IReadOnlyList<string> cells, int? i) => i is { } n && n < cells.Count ? cells[n] : "";

    /// <summary>Where each field stands in the header row.</summary>
    private sealed record Columns(int Number, int Branch, int? Joined, int Paid, int? Born, int? Gender, int? Name, int? Phone, int? Email)
    {
        public static Columns In(IReadOnlyList<string> headers, ColumnMapping mapping, bool withContact)
        {
            int? Index(MemberField f) => mapping.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null : null;
            // Contact columns are found by their headers each time; a saved mapping holds only the six counted fields.
            var contactColumns = withContact ? ColumnMapping.Guess(headers) : new ColumnMapping(new Dictionary<MemberField, string>());
            int? ContactIndex(MemberField f) => contactColumns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) : null;
            return new Columns(Index(MemberField.MemberNumber)!.Value, Index(MemberField.Branch)!.Value, Index(MemberField.JoinedOn),
                Index(MemberField.PaidForYear)!.Value, Index(MemberField.BirthYear), Index(MemberField.Gender),
                ContactIndex(MemberField.Name), ContactIndex(MemberField.Phone), ContactIndex(MemberField.Email));
        }

        /// <summary>The line's member, or what is wrong with its year paid for, date joined or birth year.</summary>
        public (MemberRecord? Record, string? Problem) Record(string id, IReadOnlyList<string> cells)
        {
            var paid = Cell(cells, Paid);
            var paidYear = Year(paid);
            if (paid.Length > 0 && paidYear is null)
            {
                return (null, $"«{paid}» er ikke et årstall (betalt for år).");
            }
            var joined = Cell(cells, Joined);
            LocalDate? joinedOn = null;
            if (joined.Length > 0)
            {
                joinedOn = Date(joined);
                if (joinedOn is null)
                {
                    return (null, $"«{joined}» er ikke en dato (innmeldt). Skriv for eksempel 15.03.2024.");
                }
            }
            var birth = Cell(cells, Born);
            var birthYear = Year(birth) ?? Date(birth)?.Year;
            if (birth.Length > 0 && birthYear is null)
            {
                return (null, $"«{birth}» er ikke et fødselsår.");
            }
            return (new MemberRecord(id, joinedOn, paidYear, birthYear, GenderOf(Cell(cells, Gender))), null);
        }
    }

    /// <summary>The export as far as it has been read: the kept members, their contacts and the problems.</summary>
    private sealed class Reading(Columns columns, IReadOnlyDictionary<string, Guid> branchByName, bool withContact)
    {
        private readonly Dictionary<Guid, List<MemberRecord>> rolls = [];
        private readonly List<MemberRow> contacts = [];
        private readonly List<MemberProblem> problems = [];
        private readonly Dictionary<string, int> seen = new(StringComparer.OrdinalIgnoreCase);
        private int count;

        public void Add(int line, IReadOnlyList<string> cells)
        {
            var id = Cell(cells, columns.Number);
            if (NumberProblem(line, id) is { } numberProblem)
            {
                problems.Add(new MemberProblem(line, numberProblem));
                return;
            }
            if (!branchByName.TryGetValue(Cell(cells, columns.Branch), out var branchId))
            {
                problems.Add(new MemberProblem(line, $"Ukjent lokallag «{Cell(cells, columns.Branch)}»."));
                return;
            }
            var (record, problem) = columns.Record(id, cells);
            if (record is null)
            {
                problems.Add(new MemberProblem(line, problem!));
                return;
            }
            Keep(line, cells, branchId, record);
        }

        /// <summary>What is wrong with the member number; a usable number is noted as seen on this line.</summary>
        private string? NumberProblem(int line, string id)
        {
            if (id.Length == 0)
            {
                return "Mangler medlemsnummer.";
            }
            if (id.Length > 40)
            {
                return $"Medlemsnummeret «{id[..20]}…» er lengre enn 40 tegn.";
            }
            if (seen.TryGetValue(id, out var first))
            {
                return $"Medlemsnummer {id} står også på linje {first}.";
            }
            seen[id] = line;
            return null;
        }

        private void Keep(int line, IReadOnlyList<string> cells, Guid branchId, MemberRecord record)
        {
            string? Optional(int? i) => Cell(cells, i) is { Length: > 0 } v ? v : null;
            (rolls.TryGetValue(branchId, out var roll) ? roll : rolls[branchId] = []).Add(record);
            count++;
            if (withContact && (Optional(columns.Name), Optional(columns.Phone), Optional(columns.Email)) is var (n, p, e) && (n ?? p ?? e) is not null)
            {
                contacts.Add(new MemberRow(line, branchId, record, n, p, e));
            }
        }

        public MemberExport Export(IReadOnlyList<string> headers) =>
            new(rolls.ToDictionary(r => r.Key, r => (IReadOnlyList<MemberRecord>)r.Value), problems, [])
            {
                lineByNumber = seen, Headers = headers, Count = count, Contacts = contacts,
            };
    }

    private static int? Year(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yy"];

    private static LocalDate? Date(string text) => NorwegianDate(text) ?? (
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1900 and <= 2100
            ? LocalDate.FromDateTime(d)
            : null);

    /// <summary>The register's usual «15.03.2024», read without the general parser: a national export has half a million of them.</summary>
    private static LocalDate? NorwegianDate(string text)
    {
        if (text.Length != 10 || text[2] != '.' || text[5] != '.' ||
            !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(text.AsSpan(6, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    private static readonly string[] Women = ["k", "kvinne", "f", "female", "kvinnelig"];
    private static readonly string[] Men = ["m", "mann", "male", "mannlig"];

    private static Gender GenderOf(string text)
    {
        var value = text.AsSpan().Trim();
        foreach (var w in Women)
        {
            if (value.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Woman;
            }
        }
        foreach (var m in Men)
        {
            if (value.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Man;
            }
        }
        return Gender.Unknown;
    }
}
