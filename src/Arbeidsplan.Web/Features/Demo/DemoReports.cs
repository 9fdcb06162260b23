using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Reports;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// Hedmark's annual report 2025 as a draft, drafted from the demo's data, with the members' and the work plan's sections rewritten
/// by the political deputy (the rewrite of the members' section before the last figures came in, so the page says they changed).
/// Hedmark has a logo for the report's cover, and four of its branches have sent in their reports. Marked as demo and removed with Hedmark.
/// </summary>
internal sealed class DemoReports(AppDbContext db, AnnualReportData data)
{
    public async Task LoadAsync(DemoWorld world)
    {
        var logo = DemoLogo.Png();
        db.OrganisationLogos.Add(new Domain.Register.OrganisationLogo(world.Hedmark.Id, "image/png", logo, 560, 160, "Solveig Moltebø (demo)", Instant.FromUtc(2026, 1, 5, 9, 0))
        {
            IsDemo = true,
        });
        // Four of Hedmark's branches have sent their reports for 2025 after their annual meetings; the county sees who has.
        foreach (var (town, day) in new[] { ("Hamar", 3), ("Stange", 9), ("Elverum", 12), ("Løten", 20) })
        {
            var branchReport = new AnnualReport(world.BranchIn(town).Id, 2025) { IsDemo = true };
            branchReport.Submit($"Leder i {town} (demo)", Instant.FromUtc(2026, 2, day, 18, 0));
            db.AnnualReports.Add(branchReport);
        }
        var report = new AnnualReport(world.Hedmark.Id, 2025) { IsDemo = true };
        db.AnnualReports.Add(report);
        var sections = await data.SectionsAsync(world.Hedmark.Id, 2025);
        var written = Instant.FromUtc(2026, 1, 20, 10, 0);
        foreach (var (kind, text, stale) in new (ReportSectionKind, string, bool)[]
        {
            (ReportSectionKind.Members, "Medlemstallet falt litt gjennom året. Vervekampanjen i høst ga nye medlemmer i flere lokallag, men ikke nok til å veie opp for dem som falt fra.", true),
            (ReportSectionKind.WorkPlan, "De fleste tiltakene i arbeidsplanen ble gjennomført. Kursrekken for nye tillitsvalgte ble utsatt til 2026.", false),
        })
        {
            if (sections.FirstOrDefault(s => s.Kind == kind) is not { } section)
            {
                continue;
            }
            var kept = new ReportText(report.Id, kind) { IsDemo = true };
            db.ReportTexts.Add(kept);
            // The members' text was written against an earlier count, which the page then flags.
            var revision = kept.Write(text, stale ? "skrevet-mot-et-tidligere-tall" : section.Fingerprint, "Solveig Moltebø (demo)", written);
            revision.IsDemo = true;
            db.ReportTextRevisions.Add(revision);
        }
    }
}
