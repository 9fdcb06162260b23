using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>
/// The plan as the annual meeting gets it, in Word and PDF: the cover with the logo, the organisation, the period and its state,
/// then each chapter with its text as the printed plan shows it (each goal once, the date plan's lines as a table), its goals
/// with their indicators, and its measures in a table per category. The same reading as the print page.
/// </summary>
public static class PlanPaper
{
    private static readonly string[] MeasureColumns = ["Nr.", "Tiltak", "Ansvar", "Gjennomføring"];

    public static Paper Build(PlanDetails plan, PlanContent content, PaperImage? logo)
    {
        var doc = new Paper().Named($"{plan.Title} · {plan.Organisation}");
        if (logo is not null)
        {
            doc.Image(logo);
        }
        doc.Title(plan.Title).Text(plan.Organisation, bold: true).Text(plan.Period);
        doc.Text(plan.AdoptedBy is not null && plan.AdoptedOn is { } on
            ? $"Vedtatt av {plan.AdoptedBy} {on.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture)}."
            : $"{plan.StateLabel}.");
        if (content.Chapters.Count > 3)
        {
            doc.TableOfContents().PageBreak();
        }
        foreach (var chapter in content.Chapters)
        {
            var depth = (chapter.Number ?? "").Count(c => c == '.');
            doc.Heading($"{chapter.Number} {chapter.Title}".Trim(), depth + 1);
            var goals = content.Goals.Where(g => g.ChapterId == chapter.Id).ToList();
            foreach (var block in ChapterPrint.Blocks(chapter.Text, goals.Select(g => g.Text)))
            {
                _ = block.IsTable ? doc.Table(chapter.Title, block.Header!, block.Rows!) : doc.Text(block.Paragraph!);
            }
            if (goals.Count > 0)
            {
                doc.Text("Mål", bold: true);
                foreach (var goal in goals)
                {
                    doc.Text("• " + goal.Text + (goal.Indicator is { } indicator ? $" ({indicator})" : ""));
                }
            }
            foreach (var group in content.Measures.Where(m => m.ChapterId == chapter.Id).GroupBy(m => m.Category))
            {
                doc.Table(string.IsNullOrWhiteSpace(group.Key) ? $"Tiltak i {chapter.Title}" : group.Key, MeasureColumns,
                    group.Select(m => (IReadOnlyList<string>)[m.Code ?? "", m.Text, m.Owner ?? "", m.Timing]));
            }
        }
        return doc;
    }

    /// <summary>«arbeidsplan-2026-hedmark-senterparti.pdf».</summary>
    public static string FileName(PlanDetails plan, string extension) => $"{Paper.Slug(plan.Title)}-{Paper.Slug(plan.Organisation)}.{extension}";
}
