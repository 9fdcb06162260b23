using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>A Sámi parliament election nominates per its constituencies, each by the organisation given for it: data, not the counties.</summary>
public sealed class ConstituencyApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<Guid> SamiElectionAsync()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await app.WithDbAsync(async db =>
        {
            if (!await db.Municipalities.AnyAsync(m => m.Name == "Epsilonby"))
            {
                db.Municipalities.Add(new Municipality(MunicipalityNumber.Parse("9905"), "Epsilonby"));
                await db.SaveChangesAsync();
            }
        });
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9905" } }));
        return await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Sameting", day = "2029-09-10" }));
    }

    private static string[] RowNames(JsonElement overview) => [.. overview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];

    [Fact]
    public async Task SamiElection_WithConstituencies_HasAListInEach_RecordedAndFilledPerConstituency()
    {
        var election = await SamiElectionAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var before = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");

        var set = await kari.PutAsJsonAsync($"/api/elections/{election}/constituencies",
            new { constituencies = new object[] { new { number = 7, organisationId = W.County }, new { number = 6, organisationId = W.County } } });
        var view = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/constituencies");
        var ids = view.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("number").GetInt32(), r => r.GetProperty("id").GetGuid());
        var steps = $"/api/elections/{election}/nominations/steps";
        var recorded = await kari.PostAsJsonAsync(steps, new { countyId = W.County, constituencyId = ids[7], kind = "CommitteeAppointed", on = "2026-05-02" });
        var countyList = await kari.PostAsJsonAsync(steps, new { countyId = W.County, kind = "CommitteeAppointed", on = "2026-05-02" });
        var candidate = await kari.PostAsJsonAsync($"/api/elections/{election}/candidates",
            new { countyId = W.County, constituencyId = ids[6], name = "Ánne Sámi", birthYear = 1980, gender = "Woman" });
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");
        var six = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nomination?countyId={W.County}&constituencyId={ids[6]}");

        Assert.Equal(["Sametingslista (Testfylke parti)"], RowNames(before));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(["Sørsamisk valgkrets (Testfylke parti)", "Sør-Norge valgkrets (Testfylke parti)"], RowNames(after));
        Assert.Equal(2, after.GetProperty("total").GetProperty("lists").GetInt32());
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, countyList.StatusCode);
        Assert.True(candidate.IsSuccessStatusCode, await candidate.Content.ReadAsStringAsync());
        var cells = after.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("steps")[0].GetProperty("on").ValueKind);
        Assert.Equal(JsonValueKind.String, cells["Sør-Norge valgkrets (Testfylke parti)"]);
        Assert.Equal(JsonValueKind.Null, cells["Sørsamisk valgkrets (Testfylke parti)"]);
        Assert.Equal(["Ánne Sámi"], six.GetProperty("list").GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Constituencies_OfAnotherKind_OutsideTheElection_Twice_OrByOneWhoDoesNotCoverIt_AreRefused_AndABegunOneIsKept()
    {
        var election = await SamiElectionAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var local = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2031-09-08" }));
        var url = $"/api/elections/{election}/constituencies";
        await Ok(await kari.PutAsJsonAsync(url, new { constituencies = new object[] { new { number = 7, organisationId = W.County } } }));
        var seven = (await kari.GetFromJsonAsync<JsonElement>(url)).GetProperty("rows")[0].GetProperty("id").GetGuid();
        await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, constituencyId = seven, kind = "SurveySent", on = "2026-05-02" }));

        var wrongKind = await kari.PutAsJsonAsync($"/api/elections/{local}/constituencies", new { constituencies = new object[] { new { number = 7, organisationId = W.County } } });
        var outside = await kari.PutAsJsonAsync(url, new { constituencies = new object[] { new { number = 7, organisationId = W.County }, new { number = 1, organisationId = W.OtherCounty } } });
        var twice = await kari.PutAsJsonAsync(url, new { constituencies = new object[] { new { number = 7, organisationId = W.County }, new { number = 7, name = "Igjen", organisationId = W.County } } });
        var byBranch = await liv.PutAsJsonAsync(url, new { constituencies = Array.Empty<object>() });
        var removeBegun = await kari.PutAsJsonAsync(url, new { constituencies = Array.Empty<object>() });
        var unknownName = await kari.PutAsJsonAsync(url, new { constituencies = new object[] { new { number = 7, organisationId = W.County }, new { number = 12, organisationId = W.County } } });

        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, removeBegun.StatusCode);
        Assert.Contains("er begynt", await Message(removeBegun));
        Assert.Equal(HttpStatusCode.BadRequest, unknownName.StatusCode);
        Assert.Equal([seven], await app.WithDbAsync(db => db.Constituencies.Where(c => c.ElectionId == election).Select(c => c.Id).ToListAsync()));
    }

    private static async Task<string> Message(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonElement>()).ToString();
}
