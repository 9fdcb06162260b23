using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The annual report as a document, the same in Word and PDF: a cover with the organisation's logo, name and the year, a table of
/// contents, and each section as a heading with its text (rewritten or drafted), its key figures, its charts and its tables.
/// </summary>
public static class ReportDocument
{
    public static Paper Build(AnnualReportView report, PaperImage? logo, byte[]? auditorReport = null)
    {
        var doc = new Paper().Named($"{report.Title} · {report.OrganisationName}");
        if (logo is not null)
        {
            doc.Image(logo with { WidthCm = Math.Min(logo.WidthCm, 5) });
        }
        doc.Title(report.Title).Text(report.OrganisationName, bold: true)
            .Text(report.State == ReportState.Adopted && report.AdoptedOn is { } on ? $"Vedtatt{(report.JointBoard is null ? " av årsmøtet" : "")} {NorwegianTime.Format(on)}." : "Utkast.");
        if (report.PresentedTo.Count > 0)
        {
            doc.Text($"Legges fram for årsmøtene i {ReportDrafts.Join(report.PresentedTo)}.");
        }
        if (report.Sections.Count == 0)
        {
            return doc.Text($"Det finnes ingen data for {report.Year} ennå.");
        }
        if (auditorReport is not null)
        {
            doc.Attach("Revisors beretning", auditorReport);
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
                doc.Table("Nøkkeltall", section.LastYear is not null ? ["", $"{report.Year}", $"{report.Year - 1}"] : ["", $"{report.Year}"],
                    section.Figures.Select(f => (IReadOnlyList<string>)(section.LastYear is { } last ? [f.Label, f.Value, last.GetValueOrDefault(f.Label) ?? ""] : [f.Label, f.Value])));
            }
            foreach (var chart in section.Charts)
            {
                doc.Image(ChartImage.Png(chart));
            }
            foreach (var table in section.Tables)
            {
                doc.Table(table.Caption, table.Columns, table.Rows);
            }
        }
        return doc;
    }

    /// <summary>«arsmelding-2026-hedmark-senterparti.docx».</summary>
    public static string FileName(AnnualReportView report, string extension) =>
        $"arsmelding-{report.Year}-{Paper.Slug(report.OrganisationName)}.{extension}";

}
