using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>The campaign plan from the template, its tasks reported on by their owners, the branches' activity log, and the campaign contact in the board check.</summary>
public sealed class CampaignApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    /// <summary>The county's 2027 local election with its campaign plan started by the county leader (once per class).</summary>
    private async Task<Guid> ElectionWithPlanAsync()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var elections = await kari.GetFromJsonAsync<JsonElement[]>($"/api/elections?organisationId={W.County}");
        if (elections!.FirstOrDefault(e => e.GetProperty("name").GetString() == "Valg med valgkamp") is { ValueKind: JsonValueKind.Object } known)
        {
            return known.GetProperty("id").GetGuid();
        }
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13", name = "Valg med valgkamp" }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = W.County }));
        return election;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task CountyLeader_StartsThePlanFromTheTemplate_Once_AndOnlyThoseWhoCoverTheCountyKeepIt()
    {
        var election = await ElectionWithPlanAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);

        var plan = await JsonAsync(await kari.GetAsync($"/api/elections/{election}/campaign?organisationId={W.County}"));
        var again = await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = W.County });
        var byBranch = await liv.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 2, title = "Lokal stand", dueOn = "2027-02-01", positionTypeId = W.Leader });
        var afterDay = await kari.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 4, title = "Evaluering", dueOn = "2027-09-20", positionTypeId = W.Leader });
        var outsider = await ola.GetAsync($"/api/elections/{election}/campaign?organisationId={W.County}");

        var phases = plan.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["Nominasjon og valgkampkomité", "Valgkampplan og kandidatskolering", "Forberedelser og synlighet", "Valgkampen"],
            phases.Select(p => p.GetProperty("name").GetString()));
        Assert.All(phases.SelectMany(p => p.GetProperty("tasks").EnumerateArray()), t => Assert.Equal("Leder i Testfylke parti", t.GetProperty("owner").GetString()));
        Assert.Equal("Organisasjonen har allerede en valgkampplan for dette valget.", await ErrorAsync(again, "OrganisationId"));
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal("Fristen er etter valgdagen 13.9.2027.", await ErrorAsync(afterDay, "DueOn"));
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        var sheet = await Sheets.ReadAsync(await kari.GetAsync($"/api/elections/{election}/campaign.xlsx?organisationId={W.County}"));
        Assert.Equal(phases.Sum(p => p.GetProperty("tasks").GetArrayLength()), sheet.Count);
        Assert.All(sheet, r => Assert.Equal("Leder i Testfylke parti", Sheets.Text(r, "Ansvar")));
        Assert.Equal(HttpStatusCode.NotFound, (await ola.GetAsync($"/api/elections/{election}/campaign.xlsx?organisationId={W.County}")).StatusCode);
    }

    [Fact]
    public async Task Owner_ReportsOnTheTask_AndFindsItOnMinSide_WhileOthersMayNot()
    {
        var election = await ElectionWithPlanAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var task = await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 3, title = "Stand på torget i Alfa", dueOn = "2027-05-20", personId = W.BranchLeader }));
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var rolf = await app.BearerClientAsync(W.RegionContactUser);

        await JsonAsync(await liv.PostAsJsonAsync($"/api/campaign-tasks/{task}/reports", new { status = "UnderWay", note = "Standen er booket", version = await app.VersionAsync(task) }));
        var notOwner = await rolf.PostAsJsonAsync($"/api/campaign-tasks/{task}/reports", new { status = "Done", version = await app.VersionAsync(task) });
        var home = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(W.BranchLeaderUser)).GetStringAsync("/"));
        var plan = await JsonAsync(await kari.GetAsync($"/api/elections/{election}/campaign?organisationId={W.County}"));

        var row = plan.GetProperty("phases")[2].GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == task);
        Assert.Equal(("Pågår", "Standen er booket", "Liv Lokalleder"),
            (row.GetProperty("statusLabel").GetString(), row.GetProperty("lastNote").GetString(), row.GetProperty("owner").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);
        Assert.Contains("Mine oppgaver i valgkampen", home);
        Assert.Contains("Stand på torget i Alfa", home);
    }

    [Fact]
    public async Task Branch_LogsItsActivities_TheCountySeesThemByWeek_AndABadCountSavesNothing()
    {
        var election = await ElectionWithPlanAsync();
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var log = "/api/campaign-activities";

        await Created(await liv.PostAsJsonAsync(log, new { electionId = election, organisationId = W.BranchA, kind = "Stand", on = "2026-05-30", count = 40 }));
        await Created(await liv.PostAsJsonAsync(log, new { electionId = election, organisationId = W.BranchA, kind = "Leaflets", on = "2026-05-18", count = 500 }));
        var below = await liv.PostAsJsonAsync(log, new { electionId = election, organisationId = W.BranchA, kind = "Stand", on = "2026-05-30", count = -3 });
        var otherBranch = await liv.PostAsJsonAsync(log, new { electionId = election, organisationId = W.BranchC, kind = "Stand", on = "2026-05-30", count = 3 });
        var county = await liv.PostAsJsonAsync(log, new { electionId = election, organisationId = W.County, kind = "Stand", on = "2026-05-30", count = 3 });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var overview = await JsonAsync(await kari.GetAsync($"/api/elections/{election}/campaign/activity?organisationId={W.County}"));
        var sheet = await kari.GetAsync($"/api/campaign-activities.xlsx?electionId={election}&organisationId={W.County}");

        Assert.Equal("Antallet kan ikke være under null.", await ErrorAsync(below, "Count"));
        Assert.Equal(HttpStatusCode.BadRequest, otherBranch.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, county.StatusCode);
        var alfa = overview.GetProperty("branches").EnumerateArray().Single();
        Assert.Equal(("Alfa lokallag", 2), (alfa.GetProperty("name").GetString(), alfa.GetProperty("activities").GetInt32()));
        Assert.Equal([21, 22], overview.GetProperty("weeks").EnumerateArray().Select(w => w.GetProperty("week").GetInt32()));
        Assert.Equal(2, overview.GetProperty("recent").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
    }

    [Fact]
    public async Task BranchLeader_TakesPartInTheNationalPartysElection_WithHerOwnBranchsLog()
    {
        var national = await app.WithDbAsync(async db =>
        {
            var election = new Arbeidsplan.Domain.Elections.Election(W.National, Arbeidsplan.Domain.Elections.ElectionKind.Storting, new NodaTime.LocalDate(2027, 9, 13));
            db.Add(election);
            await db.SaveChangesAsync();
            return election.Id;
        });
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);

        var logged = await liv.PostAsJsonAsync("/api/campaign-activities", new { electionId = national, organisationId = W.BranchA, kind = "SchoolDebate", on = "2026-05-28", count = 120 });
        var own = await JsonAsync(await liv.GetAsync($"/api/elections/{national}/campaign/activity?organisationId={W.BranchA}"));

        await Created(logged);
        Assert.Equal(1, own.GetProperty("branches").EnumerateArray().Single().GetProperty("activities").GetInt32());
    }
}

/// <summary>While a campaign plan runs for the county, the scorecard's board check asks every branch for a campaign contact.</summary>
public sealed class CampaignBoardCheckTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task BoardCheck_AsksForACampaignContact_WhileTheCampaignRuns()
    {
        var contact = await app.WithDbAsync(async db =>
        {
            var type = new PositionType(W.National, "Valgkampansvarlig", ScopeKind.OwnUnit, roles: PositionRole.CampaignContact);
            db.Add(type);
            await db.SaveChangesAsync();
            return type.Id;
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var before = await JsonAsync(await kari.GetAsync($"/api/branches/scorecard?organisationId={W.County}"));
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13" }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = W.County }));
        var during = await JsonAsync(await kari.GetAsync($"/api/branches/scorecard?organisationId={W.County}"));

        static IEnumerable<string> Empty(JsonElement card) =>
            card.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("name").GetString() == "Alfa lokallag").GetProperty("emptyPositions").EnumerateArray().Select(e => e.GetString()!);
        Assert.NotEqual(Guid.Empty, contact);
        Assert.DoesNotContain("Valgkampansvarlig", Empty(before));
        Assert.Contains("Valgkampansvarlig", Empty(during));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
