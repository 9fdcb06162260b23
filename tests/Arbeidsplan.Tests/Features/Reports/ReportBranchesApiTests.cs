using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>The annual report's section on the branches: branch by branch, boards complete and the required circle done.</summary>
public sealed class ReportBranchesApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Branches_SaysBranchByBranch_WhoseBoardIsComplete_AndWhoDidTheRequiredCircle()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await kari.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Hvem skal lede", kind = "Circle" }));
        await Created(await kari.PostAsJsonAsync("/api/study/requirements",
            new { organisationId = W.County, name = "Hvem skal lede", kind = "CompleteMaterial", year = 2026, materialId = material, dueOn = "2026-07-01" }));
        await Created(await kari.PostAsJsonAsync("/api/study/circles",
            new { organisationId = W.BranchB, materialId = material, startsOn = "2026-03-01", endsOn = "2026-04-30", participants = 6, hours = 10, leaderName = "Siri" }));

        var report = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2026");
        var section = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "Branches");
        var figures = section.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString());
        var table = section.GetProperty("tables")[0];
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r[0].GetString()!, r => r.EnumerateArray().Select(c => c.GetString()!).ToArray());

        // The follow-up requires a leader by default; only Alfa has one (Liv).
        Assert.Equal(["Lokallag", "Årsmøte", "Styret", "Påkrevd studiering", "Årsmelding"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("1", "1"), (figures["Fullt styre ved årets slutt"], figures["Fullførte Hvem skal lede"]));
        Assert.Equal(["Alfa lokallag", "Ikke holdt", "Fullt", "Ikke fullført", ""], rows["Alfa lokallag"]);
        Assert.Equal(["Beta lokallag", "Ikke holdt", "Mangler leder", "30.4.2026", ""], rows["Beta lokallag"]);
        Assert.Contains("1 av 3 lokallag hadde fullt styre ved årets slutt. 1 av 3 lokallag fullførte Hvem skal lede.", section.GetProperty("draft").GetString());
    }
}
