using System.Globalization;
using System.Text.RegularExpressions;

namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Reads a plan document: headings become chapters, bullets in a measures chapter ("Tiltak") become measures
/// under the sub-heading as category, tables with measure and timing columns become coded measures, and
/// goal chapters ("Målsettinger") give goals. Anything placed by a guess is marked with why.
/// </summary>
public static partial class PlanDocument
{
    public static ImportedPlan Parse(string text, CancellationToken ct = default) => Parse(text, ColumnChoices.None, ct);

    /// <summary>Reads the plan with the tables' column roles as chosen or remembered (<paramref name="choices"/>), the rest guessed.</summary>
    public static ImportedPlan Parse(string text, ColumnChoices choices, CancellationToken ct = default)
    {
        var lines = ListedMeasures(PlanLines.Read(text));
        var (tables, tableOf) = TableRuns.Find(lines, choices);
        var numberedDocument = lines.Count(l => l is { Kind: LineKind.Heading, Number: not null }) >= 3;
        var hasMeasureChapter = lines.Any(l => l.Kind == LineKind.Heading && IsMeasureChapter(l.Text));
        var (titleLine, title, year, toYear) = TitleOf(lines);
        var builder = new Builder(numberedDocument, hasMeasureChapter, year);
        var lastHeading = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i % 1_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var line = lines[i];
            if (line.Text == titleLine && title is not null)
            {
                // The title line; whatever a PDF export joined onto it is the opening text.
                if (line.Text.Length > title.Length)
                {
                    builder.Paragraph(line.Text[title.Length..].Trim());
                }
                continue;
            }
            lastHeading = Add(builder, lines, i, tableOf, lastHeading);
        }
        return new ImportedPlan(title, year, builder.Chapters()) { Tables = builder.Tables(tables), ToYear = toYear > year && toYear - year <= 10 ? toYear : null };
    }

    /// <summary>Hands the line to the builder; true when it was read as a heading.</summary>
    private static bool Add(Builder builder, List<PlanLine> lines, int i, Dictionary<int, (TableRuns.Run Table, bool Header)> tableOf, bool wasHeading)
    {
        var line = lines[i];
        switch (line.Kind)
        {
            case LineKind.Heading:
                builder.Heading(line.Number, line.Text);
                return true;
            case LineKind.Row:
                var (table, header) = tableOf[i];
                builder.Row(line.Cells!, table, header);
                return false;
            case LineKind.Bullet:
                builder.Bullet(line.Text);
                return false;
            case LineKind.Item:
                builder.Item(line.Number!, line.Text);
                return false;
            default:
                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                var previous = i > 0 ? lines[i - 1] : null;
                var plainHeading = PlanLines.IsHeadingLike(line.Text) && next is { Kind: LineKind.Bullet or LineKind.Text or LineKind.Row }
                    && (previous is null || previous.Kind != LineKind.Text || wasHeading || line.Boundary || PlanLines.EndsSentence(previous.Text));
                if (plainHeading)
                {
                    builder.Heading(null, line.Text.TrimEnd(':'));
                    return true;
                }
                builder.Paragraph(line.Text);
                return false;
        }
    }

    /// <summary>The title line, the title, its first year and, for "Arbeidsplan 2025-2028" or "Handlingsplan 2025–28", its last.</summary>
    private static (string? Line, string? Title, int? Year, int? ToYear) TitleOf(List<PlanLine> lines)
    {
        var titleLine = lines.FirstOrDefault(l => PlanTitle().IsMatch(l.Text))?.Text;
        var title = titleLine is null ? null : PlanTitle().Match(titleLine).Value;
        var year = title is not null && Year().Match(title) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
        var toYear = title is not null && year is { } first && PeriodEnd().Match(title) is { Success: true } e
            ? (e.Groups["to"].Value.Length == 2 ? first / 100 * 100 + int.Parse(e.Groups["to"].Value, CultureInfo.InvariantCulture) : int.Parse(e.Groups["to"].Value, CultureInfo.InvariantCulture))
            : (int?)null;
        return (titleLine, title, year, toYear);
    }

    /// <summary>
    /// Numbered lines one after the other at the same level under the same parent ("3.1 …", "3.2 …", "3.3 …" with nothing
    /// between them) are a list of measures, not empty chapters: the document's own pattern, not the first digit, decides.
    /// </summary>
    private static List<PlanLine> ListedMeasures(List<PlanLine> lines)
    {
        static bool Numbered(PlanLine l) => l is { Kind: LineKind.Heading or LineKind.Item, Number: { } n, Marked: false } && n.Contains('.');
        static string Parent(string number) => number[..number.LastIndexOf('.')];
        var result = new List<PlanLine>(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Numbered(lines[i]))
            {
                continue;
            }
            var end = i;
            while (end + 1 < lines.Count && Numbered(lines[end + 1]) && Parent(lines[end + 1].Number!) == Parent(lines[i].Number!)
                && lines[end + 1].Number!.Count(ch => ch == '.') == lines[i].Number!.Count(ch => ch == '.'))
            {
                end++;
            }
            // A run of three or more (two can be a chapter's two empty sections) is a list.
            if (end - i >= 2)
            {
                for (var j = i; j <= end; j++)
                {
                    result[j] = lines[j] with { Kind = LineKind.Item };
                }
            }
            i = end;
        }
        return result;
    }

    internal static bool IsDatePlanTitle(string title) => DatePlanTitle().IsMatch(title);

    internal static bool IsMeasureChapter(string title) => title.Contains("tiltak", StringComparison.OrdinalIgnoreCase);

    private static bool IsGoalChapter(string title) =>
        title.StartsWith("mål", StringComparison.OrdinalIgnoreCase) || title.Contains(" mål", StringComparison.OrdinalIgnoreCase);

    /// <summary>Chapters whose bullets describe standing duties, messages or the date plan, not measures of the year.</summary>
    private static bool IsTextChapter(string title) =>
        TextChapter().IsMatch(title);

    private sealed class Builder(bool numberedDocument, bool hasMeasureChapter, int? planYear)
    {
        private readonly List<(string? Number, string Title, List<string> Text, List<ImportedGoal> Goals, List<ImportedMeasure> Measures)> chapters = [];
        private string? category;
        private string? phaseTiming;
        private readonly Dictionary<int, string> chapterOf = [];

        public void Heading(string? number, string title)
        {
            var current = chapters.Count > 0 ? chapters[^1] : default;
            if (number is not null && !number.Contains('.') && chapters.Count > 0 && current.Title.Contains("datoplan", StringComparison.OrdinalIgnoreCase))
            {
                // "20. Fylkesstyremøte": a date-plan row, not a chapter.
                current.Text.Add($"{number}. {title}");
                return;
            }
            // An unnumbered "Datoplan 2027" in a numbered plan is a part of its own, not a sub-heading whose rows become measures.
            if (number is null && chapters.Count > 0 && (numberedDocument || IsMeasureChapter(current.Title)) && !DatePlanTitle().IsMatch(title))
            {
                // A sub-heading inside a chapter: a category of measures, a phase with its timing, or a line of the text.
                phaseTiming = PhaseTiming(title);
                category = IsMeasureChapter(current.Title) && phaseTiming != title ? title : category;
                current.Text.Add(title + ":");
                return;
            }
            chapters.Add((number, title, [], [], []));
            (category, phaseTiming) = (null, PhaseTiming(title));
        }

        /// <summary>
        /// The time a heading gives the measures under it: "Fase 2: januar–mars", "Vårhalvåret (januar–juni)", or a heading that
        /// is a time of its own ("Før sommeren", "Etter sommeren", "Høsten 2027").
        /// </summary>
        private static string? PhaseTiming(string title)
        {
            static bool Reads(string text) => text.Length > 0 && TimingParser.Parse(text, PlanPeriod.Year(2000)).IsUnderstood;
            var afterColon = title.Contains(':') ? title[(title.IndexOf(':') + 1)..].Trim() : "";
            var inBrackets = title.IndexOf('(') is var open and >= 0 && title.IndexOf(')', open) is var close and > 0 ? title[(open + 1)..close].Trim() : "";
            return Reads(afterColon) ? afterColon
                : Reads(inBrackets) ? inBrackets
                : title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !IsMeasureChapter(title) && Reads(title) ? title
                : null;
        }

        public void Paragraph(string text)
        {
            EnsureChapter();
            var c = chapters[^1];
            // Duties, messages and the date plan are text: "Styret skal ha fem medlemmer" there is no goal.
            var stated = IsTextChapter(c.Title) ? null : GoalText.Read(text, planYear);
            if (stated is not null)
            {
                c.Goals.Add(stated);
            }
            if (IsGoalChapter(c.Title) && stated?.Indicator?.Target is null)
            {
                c.Goals.Add(new ImportedGoal(text.Trim()));
            }
            c.Text.Add(text);
        }

        public void Bullet(string text)
        {
            EnsureChapter();
            var c = chapters[^1];
            if (IsTextChapter(c.Title) || IsTextChapter(category ?? ""))
            {
                c.Text.Add("• " + text);
                return;
            }
            if (IsGoalChapter(c.Title) || GoalBullet().IsMatch(text))
            {
                c.Goals.Add(GoalText.Read(text, planYear) is { Indicator.Target: not null } stated ? stated : new ImportedGoal(text));
                return;
            }
            if (GoalText.Read(text, planYear) is { Indicator.Target: not null } target && !Code().IsMatch(text))
            {
                // "Skal verve 50 nye medlemmer": a target with a count the system knows is a goal, wherever it stands.
                c.Goals.Add(target);
                return;
            }
            var code = Code().Match(text);
            var body = code.Success ? text[code.Length..].Trim() : text;
            var (measure, owner, labelled) = MeasureLine.Split(body);
            if ((owner ?? labelled) is not null && !PlanLines.EndsSentence(measure))
            {
                measure += ".";
            }
            var timing = labelled ?? phaseTiming;
            if (timing is null && Deadline().Match(measure) is { Success: true } d)
            {
                timing = d.Groups["t"].Value.TrimEnd('.');
            }
            var doubt = hasMeasureChapter && !IsMeasureChapter(c.Title)
                ? "Punkt utenfor tiltakskapitlet: sjekk at dette er et tiltak."
                : null;
            c.Measures.Add(new ImportedMeasure(code.Success ? code.Groups["code"].Value : null, measure, category, owner, timing, doubt));
        }

        /// <summary>A numbered line that is a measure: its number is the code, labelled parts its owner and timing.</summary>
        public void Item(string number, string line)
        {
            EnsureChapter();
            var (text, owner, timing) = MeasureLine.Split(line);
            timing ??= phaseTiming;
            chapters[^1].Measures.Add(new ImportedMeasure(number, text, category, owner, timing,
                timing is { } t && !TimingParser.Parse(t, PlanPeriod.Year(2000)).IsUnderstood ? $"Gjennomføringen «{t}» ble ikke forstått." : null));
        }

        public void Row(IReadOnlyList<string> cells, TableRuns.Run table, bool header)
        {
            EnsureChapter();
            var c = chapters[^1];
            chapterOf.TryAdd(table.Number, c.Title);
            if (header)
            {
                return;
            }
            if (!table.Roles.Contains(ColumnRole.Measure) || IsTextChapter(c.Title))
            {
                // A table without a measure column (such as the date plan) is kept as text.
                c.Text.Add(string.Join(" | ", cells.Where(x => x.Length > 0)));
                return;
            }
            string? Cell(ColumnRole role)
            {
                var found = cells.Where((x, i) => i < table.Roles.Count && table.Roles[i] == role && x.Length > 0).ToList();
                return found.Count == 0 ? null : string.Join(" ", found);
            }
            if (Cell(ColumnRole.Measure) is not { } text)
            {
                if (cells.Count(x => x.Length > 0) == 1)
                {
                    category = cells.First(x => x.Length > 0);
                }
                return;
            }
            // What the goal and comment columns hold stays with the measure, so nothing in the table is lost.
            text = string.Join(" ", new[] { text, Cell(ColumnRole.Goal) is { } g ? $"Mål: {g}" : null, Cell(ColumnRole.Comment) is { } k ? $"Merknad: {k}" : null }
                .Where(x => x is not null));
            var timing = Cell(ColumnRole.Timing) ?? phaseTiming;
            c.Measures.Add(new ImportedMeasure(Cell(ColumnRole.Code), text, category, Cell(ColumnRole.Owner), timing,
                timing is { } t && !TimingParser.Parse(t, PlanPeriod.Year(2000)).IsUnderstood ? $"Gjennomføringen «{t}» ble ikke forstått." : null));
        }

        public List<ImportedTable> Tables(IEnumerable<TableRuns.Run> runs) => runs
            .Select(r => new ImportedTable(r.Number, chapterOf.GetValueOrDefault(r.Number, ""), r.Header ?? [], r.Roles,
                r.Rows.Take(3).ToList(), r.Rows.Count, r.Source, r.Doubt))
            .ToList();

        public List<ImportedChapter> Chapters() => chapters
            .Where(c => c.Text.Count > 0 || c.Goals.Count > 0 || c.Measures.Count > 0 || c.Number is not null)
            .Select(c => new ImportedChapter(c.Number, c.Title, c.Text.Count == 0 ? null : string.Join("\n\n", c.Text), c.Goals, c.Measures))
            .ToList();

        /// <summary>Text before the first heading (a cover page) is kept in an opening chapter.</summary>
        private void EnsureChapter()
        {
            if (chapters.Count == 0)
            {
                chapters.Add((null, "Forside", [], [], []));
            }
        }
    }

    [GeneratedRegex(@"^(?:arbeidsplan|handlingsplan|virksomhetsplan|arbeidsprogram|årsplan)\b.*?\d{4}(?:\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?", RegexOptions.IgnoreCase)] private static partial Regex PlanTitle();
    [GeneratedRegex(@"(?:19|20)\d{2}\s*[-–/]\s*(?<to>(?:19|20)\d{2}|\d{2})(?!\d)")] private static partial Regex PeriodEnd();
    [GeneratedRegex(@"(?:19|20)\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"^(?:datoplan|årshjul|møteplan|aktivitetskalender)\b", RegexOptions.IgnoreCase)] private static partial Regex DatePlanTitle();
    [GeneratedRegex(@"arbeidsinstruks|plikter|oppgaver og ansvar|hovedbudskap|innhold|datoplan|^(?:leder|organisatorisk nestleder|politisk nestleder|studieleder|styremedlemmer|gruppeleder|stortingsgruppens|styrets arbeidsutvalg)", RegexOptions.IgnoreCase)] private static partial Regex TextChapter();
    [GeneratedRegex(@"^(?:ha et mål|målet er|mål:|vi har et mål)", RegexOptions.IgnoreCase)] private static partial Regex GoalBullet();
    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?)\s+")] private static partial Regex Code();
    [GeneratedRegex(@"(?<t>(?:innen|senest|før)\s+\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?|i løpet av (?:året|våren|høsten|første halvår|andre halvår)(?:\s+\d{4})?)\.?\s*$", RegexOptions.IgnoreCase)] private static partial Regex Deadline();
}
