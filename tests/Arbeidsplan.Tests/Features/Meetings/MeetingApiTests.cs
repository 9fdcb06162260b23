using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>Meetings through the API: planned by those who cover the organisation, opened with the standard cases, numbered per body and year.</summary>
public sealed class MeetingApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<(HttpClient Kari, Guid Meeting)> PlannedAsync(string title, Guid? body = null)
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = W.County, bodyId = body ?? W.Board, title, date = "2027-01-12", startTime = "18:00", endTime = "21:00", place = "Hamar", noticeDeadline = "2026-12-29" }));
        return (kari, meeting);
    }

    [Fact]
    public async Task Create_OpensWithTheStandardCases_NumberedInTheBodysSeries()
    {
        // A body of its own: the series is the body's, and the other tests plan meetings of the board.
        var (kari, meeting) = await PlannedAsync("Styremøte januar", await app.Register().BodyAsync(W.County, "Budsjettutvalget"));

        var added = await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Budsjett 2027", proposedDecision = "Vedtas." });
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        var list = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings?organisationId={W.County}&from=2027-01-01&to=2027-01-31")).GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var cases = detail.GetProperty("cases").EnumerateArray().Select(c => $"{c.GetProperty("number").GetString()}: {c.GetProperty("title").GetString()}").ToList();
        // The closing items wait for their numbers until the notice, so the numbers run in agenda order.
        Assert.Equal(["Sak 1/27: Godkjenning av innkalling og saksliste", "Sak 2/27: Godkjenning av protokoll fra forrige møte", "Sak 3/27: Budsjett 2027",
            "Nummer ved innkalling: Orienteringssaker", "Nummer ved innkalling: Eventuelt"], cases);
        Assert.Contains(list!, m => m.GetProperty("id").GetGuid() == meeting);
        var sheet = await kari.GetAsync($"/api/meetings.xlsx?organisationId={W.County}");
        var rows = MiniExcelLibs.MiniExcel.Query(await sheet.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Møte"] == "Styremøte januar" && (string)r["Dato"] == "12.1.2027");
    }

    [Fact]
    public async Task ClosedCase_ShowsOnlyItsNumber_ToSomeoneNotOnTheBody()
    {
        var (kari, meeting) = await PlannedAsync("Styremøte februar");
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Personalsak Hemmelig", closed = true }));
        var admin = await app.SignedInClientAsync(W.Admin);

        var seen = await admin.GetStringAsync($"/api/meetings/{meeting}");

        Assert.DoesNotContain("Hemmelig", seen);
        Assert.Contains("Unntatt offentlighet", seen);
    }

    [Fact]
    public async Task Outsider_GetsNotFound_AndCannotAddCases()
    {
        var (_, meeting) = await PlannedAsync("Styremøte mars");
        var otto = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        Assert.Equal(HttpStatusCode.NotFound, (await otto.GetAsync($"/api/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otto.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Innbrudd" })).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsAnsweredInNorwegian_AndSavesNothing()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var noStart = await kari.PostAsJsonAsync("/api/meetings", new { organisationId = W.County, bodyId = W.Board, title = "Uten tid", date = "2027-03-01", startTime = "kveld" });
        var badDate = await kari.GetAsync($"/api/meetings?organisationId={W.County}&from=12.01.2027");

        Assert.Equal(HttpStatusCode.BadRequest, noStart.StatusCode);
        Assert.Contains("Skriv når møtet begynner, for eksempel 18:00.", await noStart.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }
}
