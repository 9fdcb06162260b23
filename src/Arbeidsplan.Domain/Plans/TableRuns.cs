namespace Arbeidsplan.Domain.Plans;

/// <summary>
/// Finds the tables among a plan's lines before they are read, so each column's role is decided from the whole table (its
/// header and all its rows), not from the first row alone. A table runs over category lines between its rows and over a
/// repeated header at a page break; a table without a header that follows one of the same width in the same chapter continues it.
/// </summary>
internal static class TableRuns
{
    internal sealed class Run(int number, IReadOnlyList<string>? header)
    {
        public int Number { get; } = number;
        public IReadOnlyList<string>? Header { get; } = header;
        private int widest;

        public List<IReadOnlyList<string>> Rows { get; } = [];
        public IReadOnlyList<ColumnRole> Roles { get; set; } = [];
        public ColumnSource Source { get; set; }
        public string? Doubt { get; set; }

        public int Width => Math.Max(Header?.Count ?? 0, widest);

        public void Add(IReadOnlyList<string> cells)
        {
            Rows.Add(cells);
            widest = Math.Max(widest, cells.Count);
        }
    }

    /// <summary>The tables by the index of each of their row lines; a header row's line maps to its table too.</summary>
    public static (List<Run> Tables, Dictionary<int, (Run Table, bool Header)> ByLine) Find(IReadOnlyList<PlanLine> lines, ColumnChoices choices)
    {
        var tables = new List<Run>();
        var byLine = new Dictionary<int, (Run, bool)>();
        Run? current = null;
        Run? lastHeaded = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Row)
            {
                var category = line is { Kind: LineKind.Text or LineKind.Heading, Number: null } && PlanLines.IsHeadingLike(line.Text)
                    && i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Row && !TableColumns.IsHeader(lines[i + 1].Cells!);
                // A chapter ends a table, and so does the date plan's heading (numbered or not), whose rows are dates, not measures.
                var boundary = line is { Kind: LineKind.Heading, Number: not null } || PlanDocument.IsDatePlanTitle(line.Text);
                current = category && !boundary ? current : null;
                lastHeaded = boundary ? null : lastHeaded;
                continue;
            }
            var cells = line.Cells!;
            if (TableColumns.IsHeader(cells))
            {
                if (current?.Header is { } h && TableColumns.HeaderKey(h) == TableColumns.HeaderKey(cells))
                {
                    byLine[i] = (current, true);
                    continue;
                }
                current = new Run(tables.Count + 1, cells);
                tables.Add(current);
                lastHeaded = current;
                byLine[i] = (current, true);
                continue;
            }
            if (current is null)
            {
                current = lastHeaded is not null && lastHeaded.Width == cells.Count ? lastHeaded : new Run(tables.Count + 1, null);
                if (current != lastHeaded)
                {
                    tables.Add(current);
                }
            }
            current.Add(cells);
            byLine[i] = (current, false);
        }
        foreach (var t in tables)
        {
            Decide(t, choices);
        }
        return (tables, byLine);
    }

    private static void Decide(Run table, ColumnChoices choices)
    {
        var width = table.Width;
        IReadOnlyList<ColumnRole> Fit(IReadOnlyList<ColumnRole> roles) => roles.Concat(Enumerable.Repeat(ColumnRole.Ignore, width)).Take(width).ToList();
        if (choices.ByTable.TryGetValue(table.Number, out var chosen))
        {
            (table.Roles, table.Source) = (Fit(chosen), ColumnSource.Chosen);
        }
        else if (table.Header is not null && choices.ByHeader.TryGetValue(TableColumns.HeaderKey(table.Header), out var remembered))
        {
            (table.Roles, table.Source) = (Fit(remembered), ColumnSource.Remembered);
        }
        else
        {
            (table.Roles, table.Source) = (Fit(TableColumns.Guess(table.Header, table.Rows)), ColumnSource.Guessed);
        }
        table.Doubt = TableColumns.Check(table.Roles, table.Rows);
    }
}
