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
        int? Index(MemberField f) => mapping.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null : null;
        var (number, branch, joined, paid, born, gender) = (Index(MemberField.MemberNumber)!.Value, Index(MemberField.Branch)!.Value, Index(MemberField.JoinedOn),
            Index(MemberField.PaidForYear)!.Value, Index(MemberField.BirthYear), Index(MemberField.Gender));
        // Contact columns are found by their headers each time; a saved mapping holds only the six counted fields.
        var contactColumns = withContact ? ColumnMapping.Guess(headers) : new ColumnMapping(new Dictionary<MemberField, string>());
        int? ContactIndex(MemberField f) => contactColumns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) : null;
        var (name, phone, email) = (ContactIndex(MemberField.Name), ContactIndex(MemberField.Phone), ContactIndex(MemberField.Email));
        var rolls = new Dictionary<Guid, List<MemberRecord>>();
        var contacts = new List<MemberRow>();
        var count = 0;
        var problems = new List<MemberProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> cells = [];
        string Cell(int? i) => i is { } n && n < cells.Count ? cells[n] : "";
        while (rows.MoveNext())
        {
            (var line, cells) = rows.Current;
            if (line % 10_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var id = Cell(number);
            if (id.Length == 0)
            {
                problems.Add(new MemberProblem(line, "Mangler medlemsnummer."));
                continue;
            }
            if (id.Length > 40)
            {
                problems.Add(new MemberProblem(line, $"Medlemsnummeret «{id[..20]}…» er lengre enn 40 tegn."));
                continue;
            }
            if (seen.TryGetValue(id, out var first))
            {
                problems.Add(new MemberProblem(line, $"Medlemsnummer {id} står også på linje {first}."));
                continue;
            }
            seen[id] = line;
            if (!branchByName.TryGetValue(Cell(branch), out var branchId))
            {
                problems.Add(new MemberProblem(line, $"Ukjent lokallag «{Cell(branch)}»."));
                continue;
            }
            var paidYear = Year(Cell(paid));
            if (Cell(paid).Length > 0 && paidYear is null)
            {
                problems.Add(new MemberProblem(line, $"«{Cell(paid)}» er ikke et årstall (betalt for år)."));
                continue;
            }
            LocalDate? joinedOn = null;
            if (Cell(joined).Length > 0)
            {
                joinedOn = Date(Cell(joined));
                if (joinedOn is null)
                {
                    problems.Add(new MemberProblem(line, $"«{Cell(joined)}» er ikke en dato (innmeldt). Skriv for eksempel 15.03.2024."));
                    continue;
                }
            }
            var birth = Cell(born);
            var birthYear = Year(birth) ?? Date(birth)?.Year;
            if (birth.Length > 0 && birthYear is null)
            {
                problems.Add(new MemberProblem(line, $"«{birth}» er ikke et fødselsår."));
                continue;
            }
            string? Optional(int? i) => Cell(i) is { Length: > 0 } v ? v : null;
            var record = new MemberRecord(id, joinedOn, paidYear, birthYear, GenderOf(Cell(gender)));
            (rolls.TryGetValue(branchId, out var roll) ? roll : rolls[branchId] = []).Add(record);
            count++;
            if (withContact && (Optional(name), Optional(phone), Optional(email)) is var (n, p, e) && (n ?? p ?? e) is not null)
            {
                contacts.Add(new MemberRow(line, branchId, record, n, p, e));
            }
        }
        return new MemberExport(rolls.ToDictionary(r => r.Key, r => (IReadOnlyList<MemberRecord>)r.Value), problems, [])
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
