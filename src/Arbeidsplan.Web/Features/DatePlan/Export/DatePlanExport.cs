using Arbeidsplan.Web.Documents;
using System.Globalization;
using Arbeidsplan.Web.Features.DatePlan.Views;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Web.Features.DatePlan.Export;

/// <summary>The month table as the annual meeting papers want it: a Word document on A4 and an Excel sheet.</summary>
public static class DatePlanExport
{
    public static byte[] Docx(DatePlanView view)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph($"Datoplan {view.OrganisationName} {view.Year}", bold: true, size: 32));
            var table = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row(true, "Måned", "Dato", "Aktivitet", "Arrangør"));
            foreach (var month in view.Months.Where(m => m.Items.Count > 0))
            {
                var first = true;
                foreach (var item in month.Items)
                {
                    table.Append(Row(false, first ? month.Name : "", item.DateCell, item.Title + (item.Place is null ? "" : ", " + item.Place), item.OrganiserName));
                    first = false;
                }
            }
            body.Append(table);
            body.Append(Paragraph("I tillegg kommer møtene og aktivitetene som arbeidsplanen omtaler.", bold: false, size: 20));
            // A4 portrait with 2 cm margins.
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(DatePlanView view)
    {
        var rows = view.Months.SelectMany(m => m.Items.Select(i => new Dictionary<string, object?>
        {
            ["Måned"] = m.Name, ["Dato"] = i.DateCell, ["Aktivitet"] = i.Title, ["Arrangør"] = i.OrganiserName, ["Sted"] = i.Place ?? "",
            ["Type"] = i.KindName, ["Fra"] = i.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Til"] = i.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Klokkeslett"] = i.StartTime is { } t ? $"{t:HH\\:mm}–{i.EndTime:HH\\:mm}" : "",
        })).ToList();
        return ExcelSheet.Write($"Datoplan {view.Year}", rows);
    }

    private static TableRow Row(bool header, params string[] cells) =>
        new(cells.Select(c => new TableCell(Paragraph(c, header, 20))));

    private static Paragraph Paragraph(string text, bool bold, int size)
    {
        // The schema wants <w:b> before <w:sz>.
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
