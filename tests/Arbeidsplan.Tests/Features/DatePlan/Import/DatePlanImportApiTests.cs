using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Features.DatePlan.Events;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.DatePlan.Import;

public sealed class DatePlanImportApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task PastedTable_PreviewThenApply_SavesEveryRow()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var text = "Måned | Dato | Aktivitet\nMars | 5. | Regionmøte Nord\n | 17. | Fylkesstyremøte Testfylke parti\nApril | 21.-23. | Fylkesting";

        var preview = await (await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = W.County, year = 2026, text })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(preview.GetProperty("saved").GetBoolean());
        Assert.Equal(3, preview.GetProperty("events").GetInt32());
        Assert.Empty(await EventApiTests.Month(client, W.County, 2026, 3));

        var applied = await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = W.County, year = 2026, text, apply = true });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var march = await EventApiTests.Month(client, W.County, 2026, 3);
        Assert.Equal(["5.", "17."], march.Where(i => i.GetProperty("source").GetString() == "Event").Select(i => i.GetProperty("dateCell").GetString()).ToList());
        var april = await EventApiTests.Month(client, W.County, 2026, 4);
        Assert.Equal("21.-23.", april.Single().GetProperty("dateCell").GetString());
        Assert.Equal("Fylkesting", april.Single().GetProperty("kindName").GetString());

        var again = await (await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = W.County, year = 2026, text })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("events").GetInt32());
        Assert.Equal(3, again.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task TableWithOrganiserAndPlaceColumns_PutsNeitherInTheTitle_AndAnOrganiserOutsideTheRegisterIsKept()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        const string text = "Måned | Dato | Aktivitet | Arrangør | Sted\nMai | 5. | Sommerfest | Kommunen | Rådhuset";

        var preview = await (await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = W.County, year = 2026, text })).Content.ReadFromJsonAsync<JsonElement>();

        var row = preview.GetProperty("rows")[0];
        Assert.Equal(("Sommerfest", "Rådhuset"), (row.GetProperty("title").GetString(), row.GetProperty("place").GetString()));
        Assert.Contains("«Kommunen» finnes ikke i registeret", row.GetProperty("note").GetString());
    }

    [Fact]
    public async Task ActivityPlan_BecomesTheTwoTemplates_AndARowWithoutAMonthSavesNothing()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        const string text = "Måned | Valgår | Mellomår\nMars | Valgkampplan; 15. Styremøte | Medlemsmøte\nApril | Kandidatskolering | Studiering";

        var bad = await client.PostAsJsonAsync("/api/calendar/templates/import", new { organisationId = W.County, text = "Måned | Valgår | Mellomår\n| Uten måned | Mer", apply = true });
        var preview = await (await client.PostAsJsonAsync("/api/calendar/templates/import", new { organisationId = W.County, text })).Content.ReadFromJsonAsync<JsonElement>();
        var saved = await client.PostAsJsonAsync("/api/calendar/templates/import", new { organisationId = W.County, text, apply = true });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal((3, 2), (preview.GetProperty("electionItems").GetInt32(), preview.GetProperty("midTermItems").GetInt32()));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var templates = await client.GetFromJsonAsync<JsonElement[]>($"/api/calendar/templates?organisationId={W.County}");
        var election = templates!.Single(t => t.GetProperty("name").GetString() == "Aktivitetsplan – Valgår");
        Assert.Equal("ElectionYear", election.GetProperty("yearType").GetString());
        Assert.Contains(election.GetProperty("items").EnumerateArray(), i => i.GetProperty("day").ValueKind == JsonValueKind.Number && i.GetProperty("title").GetString() == "Styremøte");
        Assert.Contains(templates!, t => t.GetProperty("name").GetString() == "Aktivitetsplan – Mellomår");
    }

    [Fact]
    public async Task UnreadableDateCell_IsReportedByRow_AndNothingIsSaved()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var text = "Oktober | 6. | Godt møte\n | 31.9. | Umulig dato\n | 20. | Enda et møte";

        var response = await client.PostAsJsonAsync("/api/calendar/import", new { organisationId = W.County, year = 2026, text, apply = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("31. september 2026 finnes ikke.", problem.GetProperty("errors").GetProperty("Rad 2")[0].GetString());
        Assert.Empty(await EventApiTests.Month(client, W.County, 2026, 10));
    }

    [Theory]
    [InlineData("datoplan.docx")]
    [InlineData("datoplan.xlsx")]
    public async Task WordAndExcelTables_AreReadLikeThePrintedPlan(string file)
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);
        var bytes = file.EndsWith("docx", StringComparison.Ordinal) ? DatePlanFixtures.Docx() : DatePlanFixtures.Xlsx();

        var result = await (await Upload(client, file, bytes, 2031)).Content.ReadFromJsonAsync<JsonElement>();

        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(0, result.GetProperty("errors").GetInt32());
        Assert.Equal(4, result.GetProperty("events").GetInt32());
        Assert.Contains(rows, r => r.GetProperty("whenText").GetString() == "14.–15. februar 2031" && r.GetProperty("place").GetString() == "Scandic Hamar");
        Assert.Contains(rows, r => r.GetProperty("status").GetString() == "Uncertain" && r.GetProperty("title").GetString() == "Lokallagsårsmøter etter vedtektene");
    }

    [Fact]
    public async Task IcsFile_KeepsSeriesExceptionsAndWindowsZones_AndRefusesUnknownZones()
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);
        var result = await (await Upload(client, "outlook.ics", System.Text.Encoding.UTF8.GetBytes(DatePlanFixtures.Ics), 2026, apply: true)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("saved").GetBoolean(), result.ToString());
        var march = await EventApiTests.Month(client, W.County, 2026, 3);
        var board = march.Single(i => i.GetProperty("title").GetString() == "Styremøte");
        Assert.Equal("18:00:00", board.GetProperty("startTime").GetString());
        var april = await EventApiTests.Month(client, W.County, 2026, 4);
        Assert.Equal("2026-04-15", april.Single(i => i.GetProperty("title").GetString() == "Kurs for kasserere").GetProperty("end").GetString());
        var january = await EventApiTests.Month(client, W.County, 2026, 1);
        Assert.Equal(["6.", "20.", "28."], january.Where(i => i.GetProperty("title").GetString() == "Tirsdagsmøte").Select(i => i.GetProperty("dateCell").GetString()).ToList());

        var unknown = DatePlanFixtures.Ics.Replace("W. Europe Standard Time", "Mars/Olympus_Mons");
        var refused = await Upload(client, "ukjent.ics", System.Text.Encoding.UTF8.GetBytes(unknown), 2026, apply: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ukjent tidssone «Mars/Olympus_Mons»", await refused.Content.ReadAsStringAsync());

        var broken = await Upload(client, "ødelagt.ics", "BEGIN:VCALENDAR\nthis line has no colon\nEND:VCALENDAR"u8.ToArray(), 2026);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("ødelagte linjer", await broken.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_GivesWordExcelAndIcsOfTheYear()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Arbeidsplan.Domain.DatePlan.EventKind.IdOf("styremote"), title = "Eksportmøte", startDate = "2029-02-14", endDate = "2029-02-15" });

        var docx = await client.GetAsync($"/api/calendar/export.docx?organisationId={W.County}&year=2029");
        var text = Arbeidsplan.Web.Documents.DocxText.Read(await docx.Content.ReadAsStreamAsync());
        Assert.Contains("Februar\t14.-15.\tEksportmøte", text);
        var xlsx = await client.GetAsync($"/api/calendar/export.xlsx?organisationId={W.County}&year=2029");
        Assert.Contains("Eksportmøte", Arbeidsplan.Web.Documents.XlsxText.Read(await xlsx.Content.ReadAsStreamAsync()));
        var ics = await client.GetStringAsync($"/api/calendar/export.ics?organisationId={W.County}&year=2029");
        Assert.Contains("DTEND;VALUE=DATE:20290216", ics);
    }

    private async Task<HttpResponseMessage> Upload(HttpClient client, string name, byte[] bytes, int year, bool apply = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", name);
        form.Add(new StringContent(W.County.ToString()), "OrganisationId");
        form.Add(new StringContent(year.ToString(CultureInfo.InvariantCulture)), "Year");
        form.Add(new StringContent(apply ? "true" : "false"), "Apply");
        return await client.PostAsync("/api/calendar/import/file", form);
    }
}
