using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Branches;

/// <summary>
/// A local leader's follow-up pages are headed with her branch; the county leader's with the county; a region contact's scorecard
/// picker says it shows all her branches, not one branch above many.
/// </summary>
public sealed class LocalLeaderHeadingTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Theory]
    [InlineData("/api/branches/scorecard?organisationId={0}")]
    [InlineData("/api/members/statistics?organisationId={0}")]
    [InlineData("/api/study?organisationId={0}")]
    public async Task Heading_IsTheBranch_ForItsLeader_AndTheCounty_ForTheCountyLeader(string address)
    {
        var liv = await app.SignedInClientAsync(app.World.BranchLeaderUser);
        var kari = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var own = await liv.GetFromJsonAsync<JsonElement>(string.Format(System.Globalization.CultureInfo.InvariantCulture, address, app.World.BranchA));
        var county = await kari.GetFromJsonAsync<JsonElement>(string.Format(System.Globalization.CultureInfo.InvariantCulture, address, app.World.BranchA));

        Assert.Equal("Alfa lokallag", own.GetProperty("organisationName").GetString());
        Assert.Equal("Testfylke parti", county.GetProperty("organisationName").GetString());
    }

    [Fact]
    public async Task RegionContact_ScorecardPicker_SaysAllHerBranches()
    {
        var rolf = await app.SignedInClientAsync(app.World.RegionContactUser);

        var page = System.Net.WebUtility.HtmlDecode(await rolf.GetStringAsync($"/lokallag?org={app.World.BranchA}"));

        Assert.Contains($"<option value=\"{app.World.BranchA}\" selected>Alle lokallag du følger opp</option>", page);
        Assert.Contains("Beta lokallag", page);
    }
}
