using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Resolutions;

/// <summary>
/// Resolutions and statements with their follow-up plan, and the media log: registered and kept by those who cover the organisation,
/// read by those who read it, out of sight of others.
/// </summary>
public sealed class ResolutionApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static bool Missing(JsonElement row, string name) => !row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    private static object Resolution(Guid organisation, string title) => new
    {
        organisationId = organisation, kind = "Resolution", title, text = "Årsmøtet krever at lokalsykehusene beholdes.", adoptedOn = "2026-02-15",
        adoptedBy = "Fylkesårsmøtet", responsible = "Politisk nestleder",
    };

    [Fact]
    public async Task Lists_OfAYearWithMoreThanAPage_ArePagedInTheDatabase_AndTheSheetHasThemAll()
    {
        // A year of its own, so the other tests' rows are not counted.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 51; i++)
            {
                var day = new NodaTime.LocalDate(2019, 1, 1).PlusDays(i);
                var adopted = new Arbeidsplan.Domain.Resolutions.Resolution(W.County, Arbeidsplan.Domain.Resolutions.ResolutionKind.Statement, $"Uttalelse {i:00}", "Tekst.", day, "Styret", null);
                db.AddRange(adopted, new Arbeidsplan.Domain.Resolutions.MediaItem(W.County, "Hamar Arbeiderblad", day, $"Omtale {i:00}", null, adopted.Id));
            }
            await db.SaveChangesAsync();
        });
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var first = await kari.GetFromJsonAsync<JsonElement>($"/api/resolutions?organisationId={W.County}&year=2019");
        var second = await kari.GetFromJsonAsync<JsonElement>($"/api/resolutions?organisationId={W.County}&year=2019&page=2");
        var media = await kari.GetFromJsonAsync<JsonElement>($"/api/media?organisationId={W.County}&year=2019&page=2");
        var sheet = await kari.GetByteArrayAsync($"/api/resolutions.xlsx?organisationId={W.County}&year=2019");
        var page = System.Net.WebUtility.HtmlDecode(await kari.GetStringAsync($"/uttalelser?org={W.County}&ar=2019&side=2"));

        Assert.Equal((50, 51, 2), (first.GetProperty("items").GetArrayLength(), first.GetProperty("total").GetInt32(), first.GetProperty("pages").GetInt32()));
        Assert.Equal("Uttalelse 50", first.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("Uttalelse 00", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("Omtale 00", Assert.Single(media.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(52, MiniExcelLibs.MiniExcel.Query(new MemoryStream(sheet)).Count());
        Assert.Contains("Side 2 av 2", page);
        Assert.Contains("Uttalelse 00", page);
        Assert.DoesNotContain("Uttalelse 01", page);
    }

    [Fact]
    public async Task Person_NamedAsResponsible_IsInTheExport_AndErasureTakesTheName_ReportingTheArchivedMentions()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var admin = await app.SignedInClientAsync(W.Admin);
        var person = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.County, name = "Randi Resolutt", email = "randi@test.no" }));
        var id = await Created(await kari.PostAsJsonAsync("/api/resolutions", new
        {
            organisationId = W.County, kind = "Statement", title = "Uttalelse om ferjene", text = "Randi Resolutt la fram forslaget.", adoptedOn = "2026-03-01",
            adoptedBy = "Fylkesstyret", responsible = "Randi Resolutt",
        }));
        var step = await Created(await kari.PostAsJsonAsync($"/api/resolutions/{id}/steps", new { title = "Brev til samferdselsministeren", responsible = "randi resolutt" }));
        await Created(await kari.PostAsJsonAsync("/api/media", new { organisationId = W.County, outlet = "Østlendingen", publishedOn = "2026-03-03", title = "Randi Resolutt vil ha ferjer", resolutionId = id }));

        var export = await admin.GetFromJsonAsync<JsonElement>($"/api/persons/{person}/personal-data");
        var erased = await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Randi Resolutt" });
        await Ok(erased);
        var report = await erased.Content.ReadFromJsonAsync<JsonElement>();
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");

        var records = export.GetProperty("sections").EnumerateArray().Single(p => p.GetProperty("section").GetString() == "Resolusjoner og uttalelser").GetProperty("records");
        Assert.Equal(["Ansvarlig for oppfølgingen", "Ansvarlig for et steg i oppfølgingen"], records.EnumerateArray().Select(r => r.GetProperty("what").GetString()!).ToArray());
        var notChanged = report.GetProperty("notChanged").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains(notChanged, l => l.Contains("En vedtatt tekst nevner personen: «Uttalelse om ferjene»", StringComparison.Ordinal));
        Assert.Contains(notChanged, l => l.Contains("En medieomtale nevner personen", StringComparison.Ordinal));
        Assert.True(Missing(after, "responsible"));
        Assert.True(Missing(after.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == step), "responsible"));
        Assert.Equal("Randi Resolutt la fram forslaget.", after.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Resolution_WithAFollowUpPlanAndMediaCoverage_IsListedWithItsProgress()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var id = await Created(await kari.PostAsJsonAsync("/api/resolutions", Resolution(W.County, "Lokalsykehus i hele fylket")));
        var letter = await Created(await kari.PostAsJsonAsync($"/api/resolutions/{id}/steps", new { title = "Brev til helseministeren", responsible = "Leder", dueOn = "2026-03-15" }));
        await Created(await kari.PostAsJsonAsync($"/api/resolutions/{id}/steps", new { title = "Møte med helseforetaket", dueOn = "2026-04-30" }));
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");
        var version = detail.GetProperty("steps")[0].GetProperty("version").GetInt64();
        var done = await kari.PutAsJsonAsync($"/api/resolutions/{id}/steps/{letter}", new { title = "Brev til helseministeren", status = "Done", note = "Sendt 1. mars.", version });
        var stale = await kari.PutAsJsonAsync($"/api/resolutions/{id}/steps/{letter}", new { title = "Brev", status = "UnderWay", version });
        var unversioned = await kari.PutAsJsonAsync($"/api/resolutions/{id}/steps/{letter}", new { title = "Brev", status = "UnderWay" });
        await Created(await kari.PostAsJsonAsync("/api/media", new
        {
            organisationId = W.County, outlet = "Hamar Arbeiderblad", publishedOn = "2026-03-02", title = "Krever svar om sykehusene", url = "https://www.h-a.no/sak", resolutionId = id,
        }));

        var list = (await kari.GetFromJsonAsync<JsonElement>($"/api/resolutions?organisationId={W.County}&year=2026")).GetProperty("items").EnumerateArray().ToArray();
        var media = (await kari.GetFromJsonAsync<JsonElement>($"/api/media?organisationId={W.County}&year=2026")).GetProperty("items").EnumerateArray().ToArray();
        var sheet = await kari.GetAsync($"/api/media.xlsx?organisationId={W.County}&year=2026");

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        var row = Assert.Single(list!, r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal((2, 1, 1), (row.GetProperty("steps").GetInt32(), row.GetProperty("stepsDone").GetInt32(), row.GetProperty("media").GetInt32()));
        var piece = Assert.Single(media!, m => m.GetProperty("title").GetString() == "Krever svar om sykehusene");
        Assert.Equal("Lokalsykehus i hele fylket", piece.GetProperty("about").GetString());
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "https://")]
    [InlineData("", "Velg dagen")]
    public async Task MediaItem_WithAnUnsafeLinkOrNoDay_IsRefusedWithAMessage(string url, string message)
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var refused = await kari.PostAsJsonAsync("/api/media", new
        {
            organisationId = W.County, outlet = "Nationen", publishedOn = url.Length == 0 ? null : "2026-03-02", title = "Omtale", url = url.Length == 0 ? null : url,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resolutions_OfAnotherCounty_AreOutOfSight_AndAnOrdinaryMemberCannotRegisterThem()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var id = await Created(await kari.PostAsJsonAsync("/api/resolutions", Resolution(W.County, "Beredskap")));
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);
        var branchLeader = await app.SignedInClientAsync(W.BranchLeaderUser);

        var read = await ola.GetAsync($"/api/resolutions/{id}");
        var listed = await ola.GetAsync($"/api/resolutions?organisationId={W.County}");
        var step = await ola.PostAsJsonAsync($"/api/resolutions/{id}/steps", new { title = "Innbrudd" });
        var registered = await branchLeader.PostAsJsonAsync("/api/resolutions", Resolution(W.County, "Egen uttalelse"));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, step.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, registered.StatusCode);
        Assert.Contains("Bare de som har ansvaret", await registered.Content.ReadAsStringAsync());
    }
}
