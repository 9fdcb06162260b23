using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>The accounts' key figures in the annual report: entered or imported all or nothing, the auditor's report printed after the report.</summary>
public sealed class AnnualAccountsApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static JsonElement? Finances(JsonElement report) =>
        report.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "Finances").Cast<JsonElement?>().SingleOrDefault();

    private static MultipartFormDataContent Form(Guid organisation, int year, string name, byte[] bytes, bool apply = true) => new()
    {
        { new StringContent(organisation.ToString()), "organisationId" },
        { new StringContent($"{year}"), "year" },
        { new StringContent(apply ? "true" : "false"), "apply" },
        { new ByteArrayContent(bytes), "file", name },
    };

    [Fact]
    public async Task Entered_ShowsInTheReportsFinances_AndASaveOverAnotherIsRefused()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var before = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2021");

        var saved = await kari.PutAsJsonAsync("/api/reports/annual/accounts", new
        {
            organisationId = W.County, year = 2021, income = 500_000, expenses = 520_000, equity = 80_000,
            lines = new[] { new { label = "Kontingent", amount = 120_000 } },
        });
        var view = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var stale = await kari.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2021, income = 1, expenses = 1, version = 0 });
        var after = Finances(await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2021"))!.Value;

        Assert.Null(Finances(before));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(-20_000, view.GetProperty("result").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var figures = after.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString()!.Replace('\u00a0', ' ').Replace('\u2212', '-'));
        Assert.Equal(("500 000 kr", "-20 000 kr", "Ikke lagt ved"), (figures["Inntekter"], figures["Årsresultat"], figures["Revisors beretning"]));
        Assert.Contains("underskudd på 20 000 kr", after.GetProperty("draft").GetString()!.Replace('\u00a0', ' '));
        Assert.Contains("Kontingent", after.GetProperty("tables").ToString());
    }

    [Fact]
    public async Task Import_SavesAllOrNothing_AndNamesTheLinesThatCannotBeUsed()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var bad = Encoding.UTF8.GetBytes("Post;Regnskap 2022\nKontingent;tolv\nSum inntekter;100 000\nSum kostnader;90 000\n");
        var good = Encoding.UTF8.GetBytes("Post;Regnskap 2022;Budsjett 2022\nKontingent;40 000;35 000\nSum inntekter;100 000;90 000\nSum kostnader;90 000;80 000\nBankinnskudd 31.12;55 000;\n");

        var refused = await kari.PostAsync("/api/reports/annual/accounts/import", Form(W.County, 2022, "regnskap.csv", bad));
        var nothing = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual/accounts?organisationId={W.County}&year=2022");
        var preview = await kari.PostAsync("/api/reports/annual/accounts/import", Form(W.County, 2022, "regnskap.csv", good, apply: false));
        var stillNothing = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual/accounts?organisationId={W.County}&year=2022");
        var imported = await kari.PostAsync("/api/reports/annual/accounts/import", Form(W.County, 2022, "regnskap.csv", good));
        var wrongType = await kari.PostAsync("/api/reports/annual/accounts/import", Form(W.County, 2022, "regnskap.pdf", good));
        var accounts = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual/accounts?organisationId={W.County}&year=2022");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("«tolv» er ikke et beløp", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Linje 2")[0].GetString());
        Assert.Equal(0, nothing.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(0, stillNothing.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal((100_000L, 90_000L, 55_000L, "regnskap.csv"), (accounts.GetProperty("income").GetInt64(), accounts.GetProperty("expenses").GetInt64(),
            accounts.GetProperty("bankDeposits").GetInt64(), accounts.GetProperty("importedFrom").GetString()));
        Assert.Equal("Kontingent", Assert.Single(accounts.GetProperty("lines").EnumerateArray()).GetProperty("label").GetString());
    }

    [Fact]
    public async Task AuditorsReport_IsAPdfPrintedAfterTheReportsPages_AndNamedInTheWordVersion()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var auditor = new Arbeidsplan.Web.Documents.Paper().Title("Revisjonsberetning").Text("Regnskapet er i orden, sa revisor Ådne.").Pdf();
        var early = await kari.PutAsync("/api/reports/annual/accounts/auditor", Form(W.County, 2023, "beretning.pdf", auditor));
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2023, income = 10, expenses = 5 }));

        var notPdf = await kari.PutAsync("/api/reports/annual/accounts/auditor", Form(W.County, 2023, "beretning.pdf", Encoding.UTF8.GetBytes("Dette er ikke en PDF")));
        var uploaded = await kari.PutAsync("/api/reports/annual/accounts/auditor", Form(W.County, 2023, "beretning.pdf", auditor));
        var pdf = await kari.GetByteArrayAsync($"/api/reports/annual.pdf?organisationId={W.County}&year=2023");
        var docx = await kari.GetByteArrayAsync($"/api/reports/annual.docx?organisationId={W.County}&year=2023");
        var download = await kari.GetByteArrayAsync($"/api/reports/annual/accounts/auditor.pdf?organisationId={W.County}&year=2023");
        var seen = await app.WithDbAsync(db => db.AuditorReports
            .Where(r => db.AnnualAccounts.Any(a => a.Id == r.AccountsId && a.OrganisationId == W.County && a.Year == 2023)).Select(r => r.Version).SingleAsync());
        var stale = await kari.DeleteAsync($"/api/reports/annual/accounts/auditor?organisationId={W.County}&year=2023&version={seen + 1}");
        var removed = await kari.DeleteAsync($"/api/reports/annual/accounts/auditor?organisationId={W.County}&year=2023&version={seen}");
        var gone = await kari.GetAsync($"/api/reports/annual/accounts/auditor.pdf?organisationId={W.County}&year=2023");

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Legg inn regnskapstallene", await early.Content.ReadAsStringAsync());
        Assert.Contains("ikke en PDF", await notPdf.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var last = string.Join(" ", read.GetPage(read.NumberOfPages).GetWords().Select(w => w.Text));
            Assert.Contains("sa revisor Ådne", last);
            Assert.Contains("Vedlagt, 1 side", Pdf.Text(pdf));
        }
        Assert.Contains("Revisors beretning følger etter siste side i PDF-utgaven", Docx.Text(docx));
        Assert.Equal(auditor, download);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Scope_OnlyThoseWhoCoverWrite_TheAdoptedReportLocksTheFigures_AndItsReadersGetTheAuditorsReport()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);
        var rolf = await app.BearerClientAsync(W.RegionContactUser);
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2020, income = 10, expenses = 5 }));
        await Ok(await kari.PutAsync("/api/reports/annual/accounts/auditor", Form(W.County, 2020, "b.pdf", new Arbeidsplan.Web.Documents.Paper().Title("Beretning").Pdf())));

        var outOfReach = await ola.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2020, income = 1, expenses = 1 });
        var readOutOfReach = await ola.GetAsync($"/api/reports/annual/accounts?organisationId={W.County}&year=2020");
        var byContact = await rolf.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2020, income = 1, expenses = 1 });
        var draftByContact = await rolf.GetAsync($"/api/reports/annual/accounts/auditor.pdf?organisationId={W.County}&year=2020");
        await Ok(await kari.PostAsJsonAsync("/api/reports/annual/adopt", new { organisationId = W.County, year = 2020, on = "2021-02-01" }));
        var locked = await kari.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2020, income = 1, expenses = 1 });
        var adoptedByContact = await rolf.GetAsync($"/api/reports/annual/accounts/auditor.pdf?organisationId={W.County}&year=2020");

        Assert.Equal(HttpStatusCode.BadRequest, outOfReach.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, readOutOfReach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byContact.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftByContact.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("låst", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, adoptedByContact.StatusCode);
    }

    [Fact]
    public async Task JointBoard_ReportsAsTheJointBoard_ToTheOrganisationsItDrawsFrom_AndGathersTheirAccounts()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        await app.WithDbAsync(async db =>
        {
            var board = await db.Bodies.Include(b => b.MemberOrganisations).SingleAsync(b => b.Id == W.Board);
            board.DrawMembersFrom([W.BranchA, W.BranchB]);
            await db.SaveChangesAsync();
        });
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.County, year = 2019, income = 1000, expenses = 400, equity = 50 }));
        await Ok(await liv.PutAsJsonAsync("/api/reports/annual/accounts", new { organisationId = W.BranchA, year = 2019, income = 300, expenses = 100 }));

        var report = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2019");
        var table = Finances(report)!.Value.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("caption").GetString() == "Regnskapene samlet");
        var rows = table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!.Replace('\u00a0', ' ')).ToArray()).ToList();

        Assert.Equal("Rapport fra Fylkesstyret 2019", report.GetProperty("title").GetString());
        Assert.Equal(["Alfa lokallag", "Beta lokallag"], report.GetProperty("presentedTo").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["Alfa lokallag", "Testfylke parti", "Beta lokallag", "Sum"], rows.Select(r => r[0]));
        Assert.Equal("Ikke ført", rows[2][1]);
        Assert.Equal(["Sum", "1 300 kr", "500 kr", "800 kr", "50 kr"], rows[3]);
    }
}
