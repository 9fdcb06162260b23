using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Reports;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// Hedmark's annual report 2025 as a draft, drafted from the demo's data, with the members' and the work plan's sections rewritten
/// by the political deputy (the rewrite of the members' section before the last figures came in, so the page says they changed).
/// Hedmark has a logo for the report's cover, its accounts with the auditor's report, and four of its branches have sent in their reports. Marked as demo and removed with Hedmark.
/// </summary>
internal sealed class DemoReports(AppDbContext db, AnnualReportData data)
{
    public async Task LoadAsync(DemoWorld world)
    {
        AddLogo(world);
        AddBranchReports(world);
        AddAccounts(world);
        await AddReportAsync(world);
    }

    private void AddLogo(DemoWorld world)
    {
        var logo = DemoLogo.Png();
        db.OrganisationLogos.Add(new Domain.Register.OrganisationLogo(world.Hedmark.Id, "image/png", logo, 560, 160, "Solveig Moltebø (demo)", Instant.FromUtc(2026, 1, 5, 9, 0))
        {
            IsDemo = true,
        });
    }

    /// <summary>Four of Hedmark's branches have sent their reports for 2025 after their annual meetings; the county sees who has.</summary>
    private void AddBranchReports(DemoWorld world)
    {
        foreach (var (town, day) in new[] { ("Hamar", 3), ("Stange", 9), ("Elverum", 12), ("Løten", 20) })
        {
            var branchReport = new AnnualReport(world.BranchIn(town).Id, 2025) { IsDemo = true };
            branchReport.Submit($"Leder i {town} (demo)", Instant.FromUtc(2026, 2, day, 18, 0));
            db.AnnualReports.Add(branchReport);
        }
    }

    /// <summary>Hedmark's own report as a draft, with the members' and the work plan's sections rewritten.</summary>
    private async Task AddReportAsync(DemoWorld world)
    {
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

    /// <summary>
    /// The accounts for 2025: Hedmark's read from the treasurer's sheet through the importer's reader, with an auditor's report
    /// (a demo PDF, said so on its page); Oppland's and the joint board's own entered by hand, so Innlandet's report gathers all three.
    /// </summary>
    private void AddAccounts(DemoWorld world)
    {
        var sheet = AccountsSheet.Read(HedmarkAccounts2025, 2025);
        if (sheet.Problems.Count > 0)
        {
            throw new InvalidOperationException($"Demoregnskapet kan ikke leses: {sheet.Problems[0].Message}");
        }
        var hedmark = new AnnualAccounts(world.Hedmark.Id, 2025) { IsDemo = true };
        hedmark.Set(sheet.Income!.Value, sheet.Expenses!.Value, sheet.Equity, sheet.BankDeposits, sheet.Lines, "hedmark-regnskap-2025-demo.csv");
        db.AnnualAccounts.Add(hedmark);
        var auditor = new Documents.Paper().Named("Revisors beretning 2025 · Hedmark Senterparti (demo)").Title("Uavhengig revisors beretning")
            .Text("DEMO – dette er ikke en ekte revisjonsberetning, men et eksempel laget for demonstrasjonen.", bold: true)
            .Text("Til årsmøtet i Hedmark Senterparti (demo).")
            .Heading("Konklusjon")
            .Text("Vi har revidert regnskapet for 2025. Etter vår mening gir regnskapet et dekkende bilde av organisasjonens økonomi per 31. desember 2025.")
            .Signature("Revisor (demo)").Pdf();
        db.AuditorReports.Add(new AuditorReport(hedmark.Id, auditor, "revisors-beretning-2025-demo.pdf", Documents.PaperPdf.Pages(auditor) ?? 1,
            "Kasserer i Hedmark (demo)", Instant.FromUtc(2026, 2, 14, 12, 0)) { IsDemo = true });
        foreach (var (organisation, income, expenses, equity) in new[] { (world.Oppland.Id, 1_184_300L, 1_121_650L, 402_900L), (world.Innlandet.Id, 2_450_000L, 2_431_200L, 96_400L) })
        {
            var accounts = new AnnualAccounts(organisation, 2025) { IsDemo = true };
            accounts.Set(income, expenses, equity, null, [], null);
            db.AnnualAccounts.Add(accounts);
        }
    }

    /// <summary>The demo treasurer's sheet as Excel exports it to CSV: this year, last year and the budget, with headings between the posts.</summary>
    private const string HedmarkAccounts2025 = """
        Regnskap Hedmark Senterparti (demo);Regnskap 2025;Regnskap 2024;Budsjett 2025
        Inntekter;;;
        Partistøtte fra staten;812 400;798 100;800 000
        Partistøtte fra fylkeskommunen;305 000;301 500;305 000
        Kontingentandel;96 250;101 300;100 000
        Tilskudd fra Innlandet;120 000;110 000;120 000
        Sum inntekter;1 333 650;1 310 900;1 325 000
        Kostnader;;;
        Fylkeskontoret;742 800;721 400;750 000
        Årsmøte og styremøter;168 300;171 900;170 000
        Kurs og studier;61 450;48 700;60 000
        Valgkamp og kampanjer;214 900;96 300;220 000
        Tilskudd til lokallagene;85 000;85 000;85 000
        Sum kostnader;1 272 450;1 123 300;1 285 000
        Årsresultat;61 200;187 600;40 000
        Bankinnskudd 31.12;688 300;627 100;
        Egenkapital 31.12;712 450;651 250;
        """;
}
