using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>
/// The campaign plan's phases kept by those who cover the organisation: renamed, moved, one added; one with tasks not taken away; a
/// stale version refused. Its own app, so the other campaign tests keep the template's four phases.
/// </summary>
public sealed class CampaignPhaseApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task CountyLeader_RenamesMovesAndAddsAPhase_APhaseWithTasksStays_AStaleVersionAndABranchAreRefused()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13", name = "Valg med egne faser" }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = W.County }));
        var address = $"/api/elections/{election}/campaign?organisationId={W.County}";
        var plan = await kari.GetFromJsonAsync<JsonElement>(address);
        var phases = plan.GetProperty("phases").EnumerateArray().Select(p => new
        {
            number = p.GetProperty("number").GetInt32(), name = p.GetProperty("name").GetString(), from = p.GetProperty("from").GetString(), to = p.GetProperty("to").GetString(),
        }).ToList();
        var version = plan.GetProperty("version").GetInt64();

        var withoutFirst = await kari.PutAsJsonAsync($"/api/elections/{election}/campaign/phases", new { organisationId = W.County, version, phases = phases.Skip(1) });
        var byBranch = await liv.PutAsJsonAsync($"/api/elections/{election}/campaign/phases", new { organisationId = W.County, version, phases });
        var renamed = await kari.PutAsJsonAsync($"/api/elections/{election}/campaign/phases", new
        {
            organisationId = W.County, version,
            phases = new object[] { phases[0] with { name = "Oppstart", from = "2026-10-01" }, phases[1], phases[2], phases[3] with { to = "2027-09-10" },
                new { number = (int?)null, name = "Valgdagen", from = "2027-09-11", to = "2027-09-13" } },
        });
        var stale = await kari.PutAsJsonAsync($"/api/elections/{election}/campaign/phases", new { organisationId = W.County, version, phases });
        var after = await kari.GetFromJsonAsync<JsonElement>(address);

        Assert.Contains("Fase 1 «Nominasjon og valgkampkomité» har oppgaver", await withoutFirst.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, withoutFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = after.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["Oppstart", "Valgkampplan og kandidatskolering", "Forberedelser og synlighet", "Valgkampen", "Valgdagen"], now.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("2026-10-01", now[0].GetProperty("from").GetString());
        Assert.Empty(now[4].GetProperty("tasks").EnumerateArray());
        Assert.NotEmpty(now[3].GetProperty("tasks").EnumerateArray());
    }
}
