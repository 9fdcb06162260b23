using PdfSharp.Drawing;

namespace Arbeidsplan.Web.Documents;

/// <summary>
/// A table in a PDF: columns as wide as their text needs, the long ones sharing what is left of the page's width; cells wrapped;
/// a row that does not fit moves to the next page, where the header row is drawn again; a row taller than a whole page is cut
/// with an ellipsis rather than run off it.
/// </summary>
internal static class PdfTableLayout
{
    private const double Size = 9;
    private const double Pad = 3;
    private static readonly XPen Rule = new(XColors.Gray, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(235, 235, 235));

    public static void Draw(PdfLayout layout, PaperTable table)
    {
        var widths = Widths(layout, table);
        var header = Cells(layout, table.Columns, widths, bold: true);
        var rows = table.Rows.Select(r => Cells(layout, [.. table.Columns.Select((_, i) => i < r.Count ? r[i] : "")], widths, bold: false)).ToList();
        var caption = layout.Wrap([new PaperRun(table.Caption, true)], 10, PdfLayout.Width);
        // The caption stays with the header row and the first row.
        layout.Need((caption.Count * PdfLayout.LineHeight(10)) + Height(header) + (rows.Count > 0 ? Height(rows[0]) : 0) + 4);
        layout.Y += layout.DrawLines(caption, PdfLayout.Margin, layout.Y, 10) + 2;
        Row(layout, header, widths, filled: true);
        var room = PdfLayout.Bottom - PdfLayout.Margin - Height(header);
        foreach (var row in rows)
        {
            var cells = Height(row) <= room ? row : Cut(row, room);
            if (layout.Y + Height(cells) > PdfLayout.Bottom)
            {
                layout.NewPage();
                Row(layout, header, widths, filled: true);
            }
            Row(layout, cells, widths, filled: false);
        }
        layout.Y += 8;
    }

    private static double[] Widths(PdfLayout layout, PaperTable table)
    {
        var count = table.Columns.Count;
        var regular = PdfLayout.Font(Size, false);
        var bold = PdfLayout.Font(Size, true);
        var natural = new double[count];
        for (var i = 0; i < count; i++)
        {
            natural[i] = layout.Graphics.MeasureString(table.Columns[i], bold).Width;
            foreach (var row in table.Rows.Take(200))
            {
                if (i < row.Count)
                {
                    natural[i] = Math.Max(natural[i], Math.Min(400, layout.Graphics.MeasureString(row[i], regular).Width));
                }
            }
            natural[i] += (2 * Pad) + 1;
        }
        // Columns narrower than an equal share keep their width; the others share the rest in proportion to their text.
        var widths = new double[count];
        var open = Enumerable.Range(0, count).ToHashSet();
        var left = PdfLayout.Width;
        bool settled;
        do
        {
            settled = false;
            var share = left / Math.Max(1, open.Count);
            foreach (var i in open.Where(i => natural[i] <= share).ToList())
            {
                widths[i] = natural[i];
                left -= natural[i];
                open.Remove(i);
                settled = true;
            }
        }
        while (settled && open.Count > 0);
        var rest = open.Sum(i => natural[i]);
        foreach (var i in open)
        {
            widths[i] = left * natural[i] / rest;
        }
        if (open.Count == 0 && left > 0)
        {
            // Everything fits: the last column takes the slack so the table spans the page like the Word one.
            widths[count - 1] += left;
        }
        return widths;
    }

    private static IReadOnlyList<PdfLine>[] Cells(PdfLayout layout, IReadOnlyList<string> texts, double[] widths, bool bold) =>
        [.. texts.Select((t, i) => layout.Wrap([new PaperRun(t, bold)], Size, widths[i] - (2 * Pad)))];

    private static double Height(IReadOnlyList<PdfLine>[] cells) => (cells.Max(c => c.Count) * PdfLayout.LineHeight(Size)) + (2 * Pad);

    private static IReadOnlyList<PdfLine>[] Cut(IReadOnlyList<PdfLine>[] cells, double room)
    {
        var fits = Math.Max(1, (int)((room - (2 * Pad)) / PdfLayout.LineHeight(Size)) - 1);
        return [.. cells.Select(c => c.Count <= fits ? c : (IReadOnlyList<PdfLine>)[.. c.Take(fits), new PdfLine([new PdfPiece("…", false, 0)])])];
    }

    private static void Row(PdfLayout layout, IReadOnlyList<PdfLine>[] cells, double[] widths, bool filled)
    {
        var height = Height(cells);
        if (filled)
        {
            layout.Graphics.DrawRectangle(HeaderFill, PdfLayout.Margin, layout.Y, PdfLayout.Width, height);
        }
        var x = PdfLayout.Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            layout.DrawLines(cells[i], x + Pad, layout.Y + Pad, Size);
            x += widths[i];
        }
        layout.Graphics.DrawLine(Rule, PdfLayout.Margin, layout.Y + height, PdfLayout.Margin + PdfLayout.Width, layout.Y + height);
        layout.Y += height;
    }
}
