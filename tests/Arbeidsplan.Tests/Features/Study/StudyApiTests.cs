using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Study;

public sealed class StudyApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Requirements_ShowWhoHasDoneTheCircle_AndHoursAgainstLastYear()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var whoLeads = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Hvem skal lede", kind = "Circle" }));
        var wheel = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Det grønne hjulet", kind = "Circle" }));
        var required = await Created(await county.PostAsJsonAsync("/api/study/requirements",
            new { organisationId = W.County, name = "Hvem skal lede innen 1. juli", kind = "CompleteMaterial", year = 2026, materialId = whoLeads, dueOn = "2026-07-01" }));
        await Created(await county.PostAsJsonAsync("/api/study/requirements",
            new { organisationId = W.County, name = "Minst én studiering", kind = "CircleEachYear", year = 2026, bodyId = W.Board }));
        await Circle(county, W.BranchA, whoLeads, "2026-03-01", "2026-04-30", 10);
        await Circle(county, W.BranchA, wheel, "2025-09-01", "2025-10-15", 6);
        await Circle(county, W.BranchB, whoLeads, "2026-05-01", "2026-06-20", 8);
        await Circle(county, W.County, wheel, "2026-01-10", "2026-02-20", 12, W.Board);

        var overview = await county.GetFromJsonAsync<JsonElement>($"/api/study?organisationId={W.County}&year=2026");

        var matrix = overview.GetProperty("matrix").EnumerateArray().ToDictionary(r => r.GetProperty("unit").GetString()!);
        string Cell(string unit, int i) => matrix[unit].GetProperty("cells")[i].GetProperty("label").GetString()!;
        Assert.Equal("Gjennomført 30.4.2026", Cell("Alfa lokallag", 0));
        Assert.Equal("Ikke ennå", Cell("Beta lokallag", 0));
        Assert.Equal("Ikke ennå", Cell("Gamma lokallag", 0));
        Assert.Equal("Gjennomført 20.2.2026", Cell("Fylkesstyret", 0));
        Assert.Equal(1, matrix["Fylkesstyret"].GetProperty("cells").GetArrayLength());
        var requirement = overview.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == required);
        Assert.Equal((1, 3), (requirement.GetProperty("done").GetInt32(), requirement.GetProperty("total").GetInt32()));
        var alfa = overview.GetProperty("hours").EnumerateArray().Single(h => h.GetProperty("unit").GetString() == "Alfa lokallag");
        Assert.Equal((10, 6, 4), (alfa.GetProperty("hours").GetInt32(), alfa.GetProperty("hoursLastYear").GetInt32(), alfa.GetProperty("change").GetInt32()));
    }

    [Fact]
    public async Task BranchLeader_RegistersTheirOwnCircle_ButNotAnotherBranchs()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Klar for valgkamp", kind = "Circle" }));
        var leader = await app.SignedInClientAsync(W.BranchLeaderUser);

        await Circle(leader, W.BranchA, material, "2024-02-01", "2024-03-01", 8);
        var other = await leader.PostAsJsonAsync("/api/study/circles", CircleBody(W.BranchC, material, "2024-02-01", "2024-03-01", 8));
        var overview = await leader.GetFromJsonAsync<JsonElement>($"/api/study?organisationId={W.BranchA}&year=2024");

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("Velg et lokallag du har tilgang til.", await other.Content.ReadAsStringAsync());
        Assert.Equal(["Alfa lokallag"], overview.GetProperty("hours").EnumerateArray().Select(h => h.GetProperty("unit").GetString()).ToList());
        Assert.False(overview.GetProperty("canManage").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.SignedInClientAsync(W.NoPositionUser)).GetAsync($"/api/study?organisationId={W.County}")).StatusCode);
    }

    [Fact]
    public async Task Circle_WithTooManyHoursOrEndingBeforeItStarts_IsRefused_AndAStaleDeleteConflicts()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Digitalt kurs", kind = "DigitalCourse" }));

        var tooMany = await county.PostAsJsonAsync("/api/study/circles", CircleBody(W.BranchB, material, "2026-02-01", "2026-02-02", 25));
        var backwards = await county.PostAsJsonAsync("/api/study/circles", CircleBody(W.BranchB, material, "2026-02-10", "2026-02-01", 4));
        var noMaterial = await county.PostAsJsonAsync("/api/study/circles", CircleBody(W.BranchB, Guid.NewGuid(), "2026-02-01", "2026-02-10", 4));
        var id = await Circle(county, W.BranchB, material, "2026-02-01", "2026-02-10", 4);
        await county.PutAsJsonAsync($"/api/study/circles/{id}", CircleBody(W.BranchB, material, "2026-02-01", "2026-02-10", 6, version: 1));
        var stale = await county.DeleteAsync($"/api/study/circles/{id}?version=1");

        Assert.Contains("25 studietimer er mer enn 2 dager gir rom for: høyst 20 timer.", await tooMany.Content.ReadAsStringAsync());
        Assert.Contains("kan ikke slutte før den begynner", await backwards.Content.ReadAsStringAsync());
        Assert.Contains("Velg studiemateriellet.", await noMaterial.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await county.DeleteAsync($"/api/study/circles/{id}?version=2")).StatusCode);
    }

    [Fact]
    public async Task CircleEditPage_ShowsTheCircle_OnlyToThoseWhoMayChangeIt()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Klar for valgkamp", kind = "Circle" }));
        var id = await Circle(county, W.BranchB, material, "2026-02-01", "2026-02-10", 4);

        var page = await county.GetStringAsync($"/studier/ring/{id}");

        Assert.Contains("Endre studiering for Beta lokallag", page);
        Assert.Contains("value=\"Siri Studieleder\"", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(W.BranchLeaderUser)).GetAsync($"/studier/ring/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/studier/ring/{Guid.NewGuid()}")).StatusCode);
    }

    private static object CircleBody(Guid org, Guid material, string from, string to, int hours, Guid? body = null, long version = 0) =>
        new { organisationId = org, bodyId = body, materialId = material, startsOn = from, endsOn = to, participants = 6, hours, leaderName = "Siri Studieleder", version };

    private static async Task<Guid> Circle(HttpClient client, Guid org, Guid material, string from, string to, int hours, Guid? body = null) =>
        await Created(await client.PostAsJsonAsync("/api/study/circles", CircleBody(org, material, from, to, hours, body)));
}
