using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The annual report as a Word document: a cover with the organisation and the year, a table of contents, and each section as a
/// heading with its text (rewritten or drafted), its key figures and its tables, in Word's own styles.
/// </summary>
public static class ReportDocument
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Docx(AnnualReportView report)
    {
        var doc = new DocxWriter().Title($"Årsmelding {report.Year}").Text(report.OrganisationName, bold: true)
            .Text(report.State == ReportState.Adopted && report.AdoptedOn is { } on ? $"Vedtatt av årsmøtet {NorwegianTime.Format(on)}." : "Utkast.");
        if (report.Sections.Count == 0)
        {
            return doc.Text($"Det finnes ingen data for {report.Year} ennå.").ToBytes();
        }
        doc.TableOfContents().PageBreak();
        foreach (var section in report.Sections)
        {
            doc.Heading(section.Title);
            foreach (var paragraph in section.Shown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                doc.Text(paragraph.Trim());
            }
            if (section.Figures.Count > 0)
            {
                doc.Table("Nøkkeltall", ["", "Antall"], section.Figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]));
            }
            foreach (var table in section.Tables)
            {
                doc.Table(table.Caption, table.Columns, table.Rows);
            }
        }
        return doc.ToBytes();
    }

    public static string FileName(AnnualReportView report) =>
        $"arsmelding-{report.Year}-{new string([.. report.OrganisationName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-')}.docx";
}
