using System.Globalization;
using NodaTime;

namespace Arbeidsplan.Domain.Members;

/// <summary>What the follow-up needs from the central register's export; name and contact only if the organisation keeps them.</summary>
public enum MemberField
{
    MemberNumber = 0,
    Branch = 1,
    JoinedOn = 2,
    PaidForYear = 3,
    BirthYear = 4,
    Gender = 5,

    /// <summary>Read only when the organisation keeps names for the follow-up lists.</summary>
    Name = 6,
    Phone = 7,
    Email = 8,
}

public enum Gender
{
    Unknown = 0,
    Woman = 1,
    Man = 2,
}

/// <summary>One member as read from the export.</summary>
public sealed record MemberRow(int Line, string MemberNumber, Guid BranchId, LocalDate? JoinedOn, int? PaidForYear, int? BirthYear, Gender Gender,
    string? Name = null, string? Phone = null, string? Email = null);

/// <summary>A line of the export that cannot be used, and why.</summary>
public sealed record MemberProblem(int Line, string Message);

/// <summary>Which column holds each field: guessed from the register's Norwegian headers, or as the organisation saved it.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<MemberField, string> Columns)
{
    public static readonly IReadOnlyList<MemberField> Required = [MemberField.MemberNumber, MemberField.Branch, MemberField.PaidForYear];

    private static readonly Dictionary<MemberField, string[]> Aliases = new()
    {
        [MemberField.MemberNumber] = ["medlemsnummer", "medlemsnr", "medlnr", "medlemsid", "medlem nr", "nr"],
        [MemberField.Branch] = ["lokallag", "lokallagsnavn", "lag", "organisasjonsledd", "avdeling"],
        [MemberField.JoinedOn] = ["innmeldt", "innmeldingsdato", "innmeldt dato", "medlem fra", "startdato"],
        [MemberField.PaidForYear] = ["betalt for år", "betalt år", "kontingent betalt", "sist betalt", "kontingentår", "betalt"],
        [MemberField.BirthYear] = ["fødselsår", "født", "fødselsdato", "fødd"],
        [MemberField.Gender] = ["kjønn", "kjonn"],
        [MemberField.Name] = ["navn", "fullt navn", "medlemsnavn"],
        [MemberField.Phone] = ["mobil", "mobilnummer", "telefon", "tlf"],
        [MemberField.Email] = ["e-post", "epost", "e-postadresse", "email"],
    };

    public static readonly IReadOnlyList<MemberField> Contact = [MemberField.Name, MemberField.Phone, MemberField.Email];

    public static ColumnMapping Guess(IReadOnlyList<string> headers)
    {
        var found = new Dictionary<MemberField, string>();
        foreach (var (field, aliases) in Aliases)
        {
            if (aliases.Select(a => headers.FirstOrDefault(h => h.Trim().Equals(a, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(h => h is not null) is { } header)
            {
                found[field] = header;
            }
        }
        return new ColumnMapping(found);
    }

    public IReadOnlyList<MemberField> MissingIn(IReadOnlyList<string> headers) =>
        Required.Where(f => !Columns.TryGetValue(f, out var h) || !headers.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();

    public static string Label(MemberField field) => field switch
    {
        MemberField.MemberNumber => "Medlemsnummer",
        MemberField.Branch => "Lokallag",
        MemberField.JoinedOn => "Innmeldt",
        MemberField.PaidForYear => "Betalt for år",
        MemberField.BirthYear => "Fødselsår",
        MemberField.Name => "Navn",
        MemberField.Phone => "Telefon",
        MemberField.Email => "E-post",
        _ => "Kjønn",
    };
}

/// <summary>The export read line by line against the organisation's branches: every usable member, and every problem with its line.</summary>
public sealed record MemberExport(IReadOnlyList<MemberRow> Members, IReadOnlyList<MemberProblem> Problems, IReadOnlyList<MemberField> MissingColumns)
{
    public bool CanBeSaved => Problems.Count == 0 && MissingColumns.Count == 0 && Members.Count > 0;

    private IReadOnlyDictionary<string, int> lineByNumber = new Dictionary<string, int>();

    /// <summary>Whether the export lists this member number (case-insensitive), as the duplicate check already knows.</summary>
    public bool Lists(string memberNumber) => lineByNumber.ContainsKey(memberNumber);

    /// <param name="branchByName">Branch names and numbers as the register writes them, to the branch's id (case-insensitive).</param>
    /// <param name="withContact">Read name, phone and e-mail too: only when the organisation has chosen to keep them.</param>
    public static MemberExport Read(string text, ColumnMapping? mapping, IReadOnlyDictionary<string, Guid> branchByName, bool withContact = false,
        CancellationToken ct = default)
    {
        using var rows = DelimitedText.Rows(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            return new MemberExport([], [new MemberProblem(1, "Filen er tom.")], []);
        }
        var headers = rows.Current.Cells;
        mapping ??= ColumnMapping.Guess(headers);
        var missing = mapping.MissingIn(headers);
        if (missing.Count > 0)
        {
            return new MemberExport([], [], missing);
        }
        int? Index(MemberField f) => mapping.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null : null;
        var (number, branch, joined, paid, born, gender) = (Index(MemberField.MemberNumber)!.Value, Index(MemberField.Branch)!.Value, Index(MemberField.JoinedOn),
            Index(MemberField.PaidForYear)!.Value, Index(MemberField.BirthYear), Index(MemberField.Gender));
        // Contact columns are found by their headers each time; a saved mapping holds only the six counted fields.
        var contactColumns = withContact ? ColumnMapping.Guess(headers) : new ColumnMapping(new Dictionary<MemberField, string>());
        int? ContactIndex(MemberField f) => contactColumns.Columns.TryGetValue(f, out var h) ? headers.ToList().FindIndex(x => x.Equals(h, StringComparison.OrdinalIgnoreCase)) : null;
        var (name, phone, email) = (ContactIndex(MemberField.Name), ContactIndex(MemberField.Phone), ContactIndex(MemberField.Email));
        var lines = text.AsSpan().Count('\n') + 1;
        var members = new List<MemberRow>(lines);
        var problems = new List<MemberProblem>();
        var seen = new Dictionary<string, int>(lines, StringComparer.OrdinalIgnoreCase);
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
            members.Add(new MemberRow(line, id, branchId, joinedOn, paidYear, birthYear, GenderOf(Cell(gender)), Optional(name), Optional(phone), Optional(email)));
        }
        return new MemberExport(members, problems, []) { lineByNumber = seen };
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

/// <summary>The counts the follow-up works with, per branch at a date: never the people themselves.</summary>
public sealed record MemberCounts(Guid BranchId, int Paying, int Unpaid, int New, int Women, int Men, int Under30, int Under40)
{
    /// <summary>
    /// Counts at <paramref name="asOf"/>: paying = paid for that year; unpaid = a member who has not; new = joined that year;
    /// gender and age bands among the paying (age as the year's birthday gives it).
    /// </summary>
    public static IReadOnlyList<MemberCounts> At(IEnumerable<MemberRow> members, LocalDate asOf)
    {
        // One pass: a national export has half a million rows.
        var byBranch = new Dictionary<Guid, MemberCounts>();
        foreach (var m in members)
        {
            var c = byBranch.GetValueOrDefault(m.BranchId) ?? new MemberCounts(m.BranchId, 0, 0, 0, 0, 0, 0, 0);
            var paying = m.PaidForYear >= asOf.Year ? 1 : 0;
            byBranch[m.BranchId] = new MemberCounts(m.BranchId, c.Paying + paying, c.Unpaid + 1 - paying,
                c.New + (m.JoinedOn is { } j && j.Year == asOf.Year && j <= asOf ? 1 : 0),
                c.Women + (paying == 1 && m.Gender == Gender.Woman ? 1 : 0), c.Men + (paying == 1 && m.Gender == Gender.Man ? 1 : 0),
                c.Under30 + (paying == 1 && asOf.Year - m.BirthYear < 30 ? 1 : 0), c.Under40 + (paying == 1 && asOf.Year - m.BirthYear < 40 ? 1 : 0));
        }
        return [.. byBranch.Values];
    }
}
