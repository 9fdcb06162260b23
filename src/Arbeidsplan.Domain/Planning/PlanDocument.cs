using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Arbeidsplan.Domain.Planning;

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
        var lines = PlanLines.Read(text);
        var (tables, tableOf) = TableRuns.Find(lines, choices);
        var numberedDocument = lines.Count(l => l is { Kind: LineKind.Heading, Number: not null }) >= 3;
        var hasMeasureChapter = lines.Any(l => l.Kind == LineKind.Heading && IsMeasureChapter(l.Text));
        var titleLine = lines.FirstOrDefault(l => PlanTitle().IsMatch(l.Text))?.Text;
        var title = titleLine is null ? null : PlanTitle().Match(titleLine).Value;
        var year = title is not null && Year().Match(title) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
        var builder = new Builder(numberedDocument, hasMeasureChapter);
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
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var previous = i > 0 ? lines[i - 1] : null;
            var wasHeading = lastHeading;
            lastHeading = false;
            switch (line.Kind)
            {
                case LineKind.Heading:
                    builder.Heading(line.Number, line.Text);
                    lastHeading = true;
                    break;
                case LineKind.Row:
                    var (table, header) = tableOf[i];
                    builder.Row(line.Cells!, table, header);
                    break;
                case LineKind.Bullet:
                    builder.Bullet(line.Text);
                    break;
                default:
                    var plainHeading = PlanLines.IsHeadingLike(line.Text) && next is { Kind: LineKind.Bullet or LineKind.Text or LineKind.Row }
                        && (previous is null || previous.Kind != LineKind.Text || wasHeading || line.Boundary || PlanLines.EndsSentence(previous.Text));
                    if (plainHeading)
                    {
                        builder.Heading(null, line.Text.TrimEnd(':'));
                        lastHeading = true;
                    }
                    else
                    {
                        builder.Paragraph(line.Text);
                    }
                    break;
            }
        }
        return new ImportedPlan(title, year, builder.Chapters()) { Tables = builder.Tables(tables) };
    }

    internal static bool IsMeasureChapter(string title) => title.Contains("tiltak", StringComparison.OrdinalIgnoreCase);

    private static bool IsGoalChapter(string title) =>
        title.StartsWith("mål", StringComparison.OrdinalIgnoreCase) || title.Contains(" mål", StringComparison.OrdinalIgnoreCase);

    /// <summary>Chapters whose bullets describe standing duties, messages or the date plan, not measures of the year.</summary>
    private static bool IsTextChapter(string title) =>
        TextChapter().IsMatch(title);

    /// <summary>"955 betalende medlemmer per 31.12.2025": a count at a date, read as a goal's baseline.</summary>
    internal static ImportedGoal? Baseline(string sentence)
    {
        if (BaselinePattern().Match(sentence) is not { Success: true } m)
        {
            return null;
        }
        var value = decimal.Parse(m.Groups["n"].Value.Replace(" ", "").Replace("\u00a0", ""), CultureInfo.InvariantCulture);
        var on = new LocalDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        var unit = m.Groups["unit"].Value.Trim();
        var text = $"{value} {unit} per {on.Day:D2}.{on.Month:D2}.{on.Year}";
        return new ImportedGoal(text, new Indicator(char.ToUpperInvariant(unit[0]) + unit[1..], unit, value, on, null, null),
            "Utgangsverdi funnet i teksten; målverdien må fylles inn.");
    }

    private sealed class Builder(bool numberedDocument, bool hasMeasureChapter)
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
            if (number is null && chapters.Count > 0 && (numberedDocument || IsMeasureChapter(current.Title)))
            {
                // A sub-heading inside a chapter: a category of measures, a phase with its timing, or a line of the text.
                category = IsMeasureChapter(current.Title) ? title : category;
                var timing = title.Contains(':') ? title[(title.IndexOf(':') + 1)..].Trim() : null;
                phaseTiming = timing is { Length: > 0 } && TimingParser.Parse(timing, PlanPeriod.Year(2000)).IsUnderstood ? timing : null;
                current.Text.Add(title + ":");
                return;
            }
            chapters.Add((number, title, [], [], []));
            (category, phaseTiming) = (null, null);
        }

        public void Paragraph(string text)
        {
            EnsureChapter();
            var c = chapters[^1];
            if (Baseline(text) is { } baseline)
            {
                c.Goals.Add(baseline);
            }
            if (IsGoalChapter(c.Title))
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
                c.Goals.Add(new ImportedGoal(text));
                return;
            }
            var code = Code().Match(text);
            var body = code.Success ? text[code.Length..].Trim() : text;
            var (measure, owner) = SplitOwner(body);
            var timing = phaseTiming;
            if (timing is null && Deadline().Match(measure) is { Success: true } d)
            {
                timing = d.Groups["t"].Value.TrimEnd('.');
            }
            var doubt = hasMeasureChapter && !IsMeasureChapter(c.Title)
                ? "Punkt utenfor tiltakskapitlet: sjekk at dette er et tiltak."
                : null;
            c.Measures.Add(new ImportedMeasure(code.Success ? code.Groups["code"].Value : null, measure, category, owner, timing, doubt));
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
            if (!table.Roles.Contains(ColumnRole.Measure))
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
            var timing = Cell(ColumnRole.Timing);
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

        private static (string Text, string? Owner) SplitOwner(string text)
        {
            var m = Owner().Match(text);
            return m.Success ? (text[..m.Index].Trim().TrimEnd('.', ',', '(', '–', '-').Trim() + ".", m.Groups["owner"].Value.Trim()) : (text, null);
        }
    }

    [GeneratedRegex(@"^(?:arbeidsplan|handlingsplan|virksomhetsplan)\b.*?\d{4}(?:\s*[-–]\s*\d{4})?", RegexOptions.IgnoreCase)] private static partial Regex PlanTitle();
    [GeneratedRegex(@"(?:19|20)\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"arbeidsinstruks|plikter|oppgaver og ansvar|hovedbudskap|innhold|datoplan|^(?:leder|organisatorisk nestleder|politisk nestleder|studieleder|styremedlemmer|gruppeleder|stortingsgruppens|styrets arbeidsutvalg)", RegexOptions.IgnoreCase)] private static partial Regex TextChapter();
    [GeneratedRegex(@"^(?:ha et mål|målet er|mål:|vi har et mål)", RegexOptions.IgnoreCase)] private static partial Regex GoalBullet();
    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?)\s+")] private static partial Regex Code();
    [GeneratedRegex(@"(?<t>(?:innen|senest|før)\s+\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?|i løpet av (?:året|våren|høsten|første halvår|andre halvår)(?:\s+\d{4})?)\.?\s*$", RegexOptions.IgnoreCase)] private static partial Regex Deadline();
    [GeneratedRegex(@"[(\s–-]*\bAnsvar(?:lig)?\s*:\s*(?<owner>[^.)]+)\)?\.?\s*$", RegexOptions.IgnoreCase)] private static partial Regex Owner();
    [GeneratedRegex(@"(?<n>\d[\d \u00a0]{0,6}\d|\d)\s+(?<unit>betalende medlemmer|medlemmer|studietimer|lokallag)\D{0,20}?per\.?\s*(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4})|per\.?\s*(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4}),?\D{0,40}?(?<n>\d[\d \u00a0]{0,6}\d|\d)\s+(?<unit>betalende medlemmer|medlemmer|studietimer|lokallag)", RegexOptions.IgnoreCase)] private static partial Regex BaselinePattern();
}
