using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>The annual report's section on elections: in the year before an election and its own, how far each list's nomination had come.</summary>
public sealed class ReportElectionsApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Elections_InTheYearBeforeTheElection_SaysListByListHowFarTheNominationCame_AndABranchSeesItsOwnList()
    {
        var alfa = await app.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9921"), "Rapportby");
            db.Municipalities.Add(place);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
            await db.SaveChangesAsync();
            return place.Id;
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9921" } }));
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13" }));
        foreach (var (kind, on) in new[] { ("CommitteeAppointed", "2026-03-01"), ("TopCandidateChosen", "2026-05-20") })
        {
            var version = await app.WithDbAsync(db => db.Nominations.Where(n => n.ElectionId == election && n.MunicipalityId == alfa).Select(n => (long?)n.Version).SingleOrDefaultAsync());
            await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, municipalityId = alfa, kind, on, version }));
        }

        var county = await SectionAsync(kari, W.County, 2026);
        var before = await SectionAsync(kari, W.County, 2025);
        var branch = await SectionAsync(await app.BearerClientAsync(W.BranchLeaderUser), W.BranchA, 2026);

        var figures = county!.Value.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(("2", "1", "1", "0"), (figures["Lister"], figures["Nominasjonskomité oppnevnt"], figures["Toppkandidat valgt"], figures["Liste vedtatt"]));
        var rows = county.Value.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
        Assert.Equal(["Rapportby", "Alfa lokallag", "1.3.2026", "20.5.2026", "", ""], rows[0]);
        Assert.Equal("Fylkestinget (Testfylke parti)", rows[1][0]);
        Assert.Contains("ved utgangen av 2026 var nominasjonskomité oppnevnt for 1, toppkandidat valgt i 1 og liste vedtatt i 0 av 2 lister", county.Value.GetProperty("draft").GetString());
        Assert.Null(before);
        Assert.Equal(["Rapportby"], branch!.Value.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()));
    }

    private static async Task<JsonElement?> SectionAsync(HttpClient client, Guid organisation, int year)
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={organisation}&year={year}");
        return report.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "Elections").Cast<JsonElement?>().SingleOrDefault();
    }
}
