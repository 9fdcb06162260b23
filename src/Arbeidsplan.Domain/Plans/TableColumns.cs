using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Gives each column of a measure table its role: by the header's words where a header names it, by the rows' content where
/// the header cell is blank, merged or missing (a column of "1.1", "1.2" holds codes; one whose cells read as timings holds the
/// timing), and says when the rows disagree with the roles, so the import is not saved one column off.
/// </summary>
public static partial class TableColumns
{
    /// <summary>The widest table read as a table; the import form and the remembered roles stay within it.</summary>
    public const int MaxColumns = 50;

    private static readonly Dictionary<string, ColumnRole> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nr"] = ColumnRole.Code, ["nummer"] = ColumnRole.Code, ["kode"] = ColumnRole.Code, ["#"] = ColumnRole.Code, ["punkt"] = ColumnRole.Code, ["id"] = ColumnRole.Code,
        ["tiltak"] = ColumnRole.Measure, ["tiltak/aktivitet"] = ColumnRole.Measure, ["aktivitet"] = ColumnRole.Measure, ["aktiviteter"] = ColumnRole.Measure,
        ["tiltakene"] = ColumnRole.Measure, ["hva"] = ColumnRole.Measure, ["kva"] = ColumnRole.Measure, ["oppgave"] = ColumnRole.Measure, ["beskrivelse"] = ColumnRole.Measure,
        ["ansvar"] = ColumnRole.Owner, ["ansvarlig"] = ColumnRole.Owner, ["ansvarleg"] = ColumnRole.Owner, ["hvem"] = ColumnRole.Owner, ["kven"] = ColumnRole.Owner,
        ["gjennomføring"] = ColumnRole.Timing, ["gjennomføres"] = ColumnRole.Timing, ["tid"] = ColumnRole.Timing, ["når"] = ColumnRole.Timing, ["frist"] = ColumnRole.Timing,
        ["tidspunkt"] = ColumnRole.Timing, ["tidsrom"] = ColumnRole.Timing, ["periode"] = ColumnRole.Timing, ["kva tid"] = ColumnRole.Timing,
        ["mål"] = ColumnRole.Goal, ["målsetting"] = ColumnRole.Goal, ["indikator"] = ColumnRole.Goal, ["resultatmål"] = ColumnRole.Goal, ["måltall"] = ColumnRole.Goal,
        ["kommentar"] = ColumnRole.Comment, ["kommentarer"] = ColumnRole.Comment, ["merknad"] = ColumnRole.Comment, ["merknader"] = ColumnRole.Comment,
        ["status"] = ColumnRole.Comment, ["notat"] = ColumnRole.Comment,
    };

    /// <summary>The header as a key: its cells in lower case, a blank one kept as empty.</summary>
    public static string HeaderKey(IReadOnlyList<string> header) => string.Join('|', header.Select(h => Normal(h)));

    /// <summary>The role a header cell names, if it names one ("Ansvarlig:", "Gjennomføring/frist").</summary>
    public static ColumnRole? Named(string cell)
    {
        var text = Normal(cell);
        if (text.Length == 0)
        {
            return null;
        }
        if (Words.TryGetValue(text, out var role))
        {
            return role;
        }
        // "Gjennomføring/frist", "Ansvar (hvem)": the first word decides.
        var first = FirstWord().Match(text).Value;
        return first.Length > 0 && Words.TryGetValue(first, out var r) ? r : text.StartsWith("ansvar", StringComparison.Ordinal) ? ColumnRole.Owner
            : text.StartsWith("gjennomfør", StringComparison.Ordinal) ? ColumnRole.Timing : null;
    }

    /// <summary>A header row: it names a measure column and one more, or two columns, and none of its cells is a code or a sentence.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells)
    {
        var named = cells.Select(Named).Where(r => r is not null).ToList();
        return named.Count >= 2 && cells.All(c => !IsCode(c) && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4);
    }

    public static bool IsCode(string cell) => Code().IsMatch(cell.Trim());

    /// <summary>
    /// The roles of a table's columns: a named header cell gives its role; a blank or unknown one (and a column the header does
    /// not reach) gets one from its rows. A header shorter than its rows is aligned to the side where the rows agree with it.
    /// </summary>
    public static IReadOnlyList<ColumnRole> Guess(IReadOnlyList<string>? header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = Math.Max(header?.Count ?? 0, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var stats = Enumerable.Range(0, width).Select(i => Column.Of(rows, i)).ToList();
        if (header is null)
        {
            // Without a header, a table is a measure table only when two rows or more have codes of two levels ("2.1", "2.1a"): a date
            // plan's days ("21."), a list's numbers and a heading typed with a tab ("2.1<tab>Organisasjon") are no sign of measures.
            return rows.Count >= 2 && stats.Any(s => s.OutlineShare >= 0.6) ? ByContent(stats, new ColumnRole?[width]) : Enumerable.Repeat(ColumnRole.Ignore, width).ToList();
        }
        var left = Aligned(header, width, 0);
        var right = Aligned(header, width, width - header.Count);
        var named = Disagreements(ByContent(stats, right), stats) < Disagreements(ByContent(stats, left), stats) ? right : left;
        return ByContent(stats, MergedAcross(named, stats));
    }

    /// <summary>
    /// A header cell merged across two columns ("Tiltak" over the codes and the text, as Word writes it) names the first of them
    /// only: where "Tiltak" stands over a column of codes and the next column has no name of its own, the name is the next one's.
    /// </summary>
    private static ColumnRole?[] MergedAcross(ColumnRole?[] named, IReadOnlyList<Column> stats)
    {
        var moved = (ColumnRole?[])named.Clone();
        for (var i = 0; i + 1 < moved.Length; i++)
        {
            if (moved[i] == ColumnRole.Measure && stats[i].CodeShare >= 0.5 && moved[i + 1] is null && stats[i + 1].Filled > 0 && stats[i + 1].CodeShare < 0.5)
            {
                (moved[i], moved[i + 1]) = (null, ColumnRole.Measure);
            }
        }
        return moved;
    }

    /// <summary>Why the rows disagree with the roles, or null when they agree.</summary>
    public static string? Check(IReadOnlyList<ColumnRole> roles, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (!roles.Contains(ColumnRole.Measure))
        {
            return roles.Contains(ColumnRole.Code) ? "Ingen kolonne er satt som tiltak." : null;
        }
        var stats = Enumerable.Range(0, Math.Max(roles.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count))).Select(i => Column.Of(rows, i)).ToList();
        var problems = new List<string>();
        for (var i = 0; i < stats.Count; i++)
        {
            var role = i < roles.Count ? roles[i] : ColumnRole.Ignore;
            var s = stats[i];
            var name = $"Kolonne {i + 1}";
            if (role == ColumnRole.Measure && s.CodeShare >= 0.5)
            {
                problems.Add($"{name} er satt som tiltak, men ser ut som koder («{s.Example}»).");
            }
            else if (role == ColumnRole.Code && s.Filled > 0 && s.CodeShare < 0.5)
            {
                problems.Add($"{name} er satt som kode, men ser ikke ut som koder («{s.Example}»).");
            }
            else if (role == ColumnRole.Timing && s.TimingShare < 0.5 && stats.Where((o, j) => j != i && o.TimingShare >= 0.6 && (j >= roles.Count || roles[j] != ColumnRole.Timing)).Any())
            {
                problems.Add($"{name} er satt som gjennomføring, men tidene ser ut til å stå i en annen kolonne.");
            }
            else if (role == ColumnRole.Ignore && s.Filled * 3 >= Math.Max(1, rows.Count))
            {
                problems.Add($"{name} har innhold («{s.Example}») som ikke blir brukt.");
            }
        }
        foreach (var twice in roles.Where(r => r is not ColumnRole.Ignore and not ColumnRole.Comment).GroupBy(r => r).Where(g => g.Count() > 1))
        {
            problems.Add($"Flere kolonner er satt som {twice.Key.Label().ToLowerInvariant()}.");
        }
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    private static ColumnRole?[] Aligned(IReadOnlyList<string> header, int width, int offset)
    {
        var named = new ColumnRole?[width];
        for (var i = 0; i < header.Count && i + offset < width; i++)
        {
            named[i + offset] = Named(header[i]);
        }
        return named;
    }

    private static int Disagreements(IReadOnlyList<ColumnRole> roles, IReadOnlyList<Column> stats) =>
        roles.Select((r, i) => r == ColumnRole.Measure && stats[i].CodeShare >= 0.5 || r == ColumnRole.Code && stats[i].CodeShare < 0.5 ? 1 : 0).Sum();

    /// <summary>Fills the columns a header did not name from their content: codes, timings, then the longest text as the measure.</summary>
    private static List<ColumnRole> ByContent(IReadOnlyList<Column> stats, ColumnRole?[] named)
    {
        var roles = named.Select(r => r ?? ColumnRole.Ignore).ToList();
        for (var i = 0; i < roles.Count; i++)
        {
            if (named[i] is not null || stats[i].Filled == 0)
            {
                continue;
            }
            roles[i] = stats[i].CodeShare >= 0.6 && !roles.Contains(ColumnRole.Code) ? ColumnRole.Code
                : stats[i].TimingShare >= 0.6 && !roles.Contains(ColumnRole.Timing) ? ColumnRole.Timing
                : ColumnRole.Ignore;
        }
        if (!roles.Contains(ColumnRole.Measure) && (roles.Contains(ColumnRole.Code) || named.Any(n => n is not null)))
        {
            var free = Enumerable.Range(0, roles.Count).Where(i => roles[i] == ColumnRole.Ignore && named[i] is null && stats[i].Filled > 0)
                .OrderByDescending(i => stats[i].AverageLength).ToList();
            if (free.Count > 0)
            {
                roles[free[0]] = ColumnRole.Measure;
            }
        }
        return roles;
    }

    private static string Normal(string cell) => cell.Trim().TrimEnd(':', '.').Trim().ToLowerInvariant();

    /// <summary>What a column's non-empty cells look like.</summary>
    private sealed record Column(int Filled, double CodeShare, double OutlineShare, double TimingShare, double AverageLength, string Example)
    {
        public static Column Of(IReadOnlyList<IReadOnlyList<string>> rows, int index)
        {
            var cells = rows.Select(r => index < r.Count ? r[index].Trim() : "").Where(c => c.Length > 0).ToList();
            if (cells.Count == 0)
            {
                return new Column(0, 0, 0, 0, 0, "");
            }
            var codes = cells.Count(IsCode);
            var timings = cells.Count(c => c.Length <= 80 && !IsCode(c) && TimingParser.Parse(c, PlanPeriod.Year(2000)).Kind != TimingKind.NotUnderstood);
            var example = cells[0].Length > 40 ? cells[0][..39] + "…" : cells[0];
            var outline = cells.Count(c => Outline().IsMatch(c));
            return new Column(cells.Count, (double)codes / cells.Count, (double)outline / cells.Count, (double)timings / cells.Count, cells.Average(c => c.Length), example);
        }
    }

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\.?$")] private static partial Regex Code();
    [GeneratedRegex(@"^[\p{L}#]+")] private static partial Regex FirstWord();
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?\.?$")] private static partial Regex Outline();
}
