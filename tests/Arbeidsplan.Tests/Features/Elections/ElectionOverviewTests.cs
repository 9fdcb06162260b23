using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>The county's nomination table: by region and name, or the furthest behind first; filtered to one region; summed per region and for the county.</summary>
public sealed class ElectionOverviewTests
{
    [Fact]
    public async Task Overview_SortsTheFurthestBehindFirst_FiltersByRegion_AndSumsPerRegionAndCounty()
    {
        await using var app = new AppFactory();
        var w = await app.Register().WorldAsync();
        await app.WithDbAsync(async db =>
        {
            var places = new[] { ("9951", "Alfaby", w.BranchA), ("9952", "Betaby", w.BranchB), ("9953", "Gammaby", w.BranchC) };
            foreach (var (number, name, branch) in places)
            {
                var m = new Municipality(MunicipalityNumber.Parse(number), name);
                db.Municipalities.Add(m);
                (await db.Organisations.SingleAsync(o => o.Id == branch)).CoverMunicipality(m.Id);
            }
            await db.SaveChangesAsync();
        });
        var alfa = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Alfaby").Select(m => m.Id).SingleAsync());
        var kari = await app.BearerClientAsync(w.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = w.County, municipalities = new[] { "9951", "9952", "9953" } }));
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new
        {
            organisationId = w.County, kind = "Local", day = "2027-09-13", targets = new Dictionary<string, string> { ["CommitteeAppointed"] = "2026-05-01" },
        }));
        var steps = $"/api/elections/{election}/nominations/steps";
        await Ok(await kari.PostAsJsonAsync(steps, new { countyId = w.County, municipalityId = alfa, kind = "CommitteeAppointed", on = "2026-04-20" }));
        await Ok(await kari.PostAsJsonAsync(steps, new
        {
            countyId = w.County, municipalityId = alfa, kind = "TopCandidateChosen", on = "2026-05-20", note = "Anne Alfa",
            version = await app.WithDbAsync(db => db.Nominations.Where(n => n.MunicipalityId == alfa).Select(n => n.Version).SingleAsync()),
        }));
        var url = $"/api/elections/{election}/nominations?organisationId={w.County}";
        static List<string> Municipalities(JsonElement o) =>
            [.. o.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("municipality").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("name").GetString()!)];

        var byRegion = await kari.GetFromJsonAsync<JsonElement>(url);
        var weakest = await kari.GetFromJsonAsync<JsonElement>(url + "&sort=svakest");
        var south = await kari.GetFromJsonAsync<JsonElement>(url + $"&regionId={w.South}");

        Assert.Equal(["Alfaby", "Betaby", "Gammaby"], Municipalities(byRegion));
        Assert.Equal(["Betaby", "Gammaby", "Alfaby"], Municipalities(weakest));
        Assert.Equal(["Gammaby"], Municipalities(south));
        var regions = byRegion.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal((2, 1, 1), (regions["Nord"].GetProperty("lists").GetInt32(), regions["Nord"].GetProperty("topCandidates").GetInt32(), regions["Nord"].GetProperty("late").GetInt32()));
        Assert.Equal((1, 0, 1), (regions["Sør"].GetProperty("lists").GetInt32(), regions["Sør"].GetProperty("topCandidates").GetInt32(), regions["Sør"].GetProperty("late").GetInt32()));
        var total = byRegion.GetProperty("total");
        Assert.Equal((3, 1, 2), (total.GetProperty("lists").GetInt32(), total.GetProperty("topCandidates").GetInt32(), total.GetProperty("late").GetInt32()));
        Assert.Equal(1, south.GetProperty("total").GetProperty("lists").GetInt32());
    }
}
