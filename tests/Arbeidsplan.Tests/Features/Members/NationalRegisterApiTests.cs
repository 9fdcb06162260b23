using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Members;

/// <summary>A national office that imports one export for every county: the counties' figures come from it until a county imports its own.</summary>
public sealed class NationalRegisterApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private const string Export = """
        Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn
        1;Alfa lokallag;01.03.2019;2025;1980;K
        2;Alfa lokallag;01.03.2019;2025;2001;M
        3;Gamma lokallag;01.01.2010;2025;1970;K
        4;Alfa lokallag;01.06.2025;2024;1990;M
        """;

    private World W => app.World;

    [Fact]
    public async Task CountyFiguresAndLists_ComeFromTheNationalImport_UntilTheCountyImportsItsOwn()
    {
        var admin = await app.SignedInClientAsync(W.Admin);
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/members/import", new { organisationId = W.National, takenOn = "2025-12-31", text = Export, apply = true })).StatusCode);

        var fromNational = await county.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2026-06-01");
        var card = await county.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={W.County}");
        var lists = await (await app.SignedInClientAsync(W.BranchLeaderUser)).GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}/member-lists");
        Assert.Equal(HttpStatusCode.Created, (await county.PostAsJsonAsync("/api/members/import",
            new { organisationId = W.County, takenOn = "2025-12-31", text = Export.Split('\n')[0] + "\n9;Beta lokallag;01.01.2020;2025;1990;M", apply = true })).StatusCode);
        var own = await county.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2026-06-01");

        Assert.Equal((3, "2025-12-31"), (fromNational.GetProperty("total").GetProperty("paying").GetInt32(), fromNational.GetProperty("latest").GetString()));
        Assert.Equal(3, card.GetProperty("total").GetProperty("lastYearEnd").GetInt32());
        Assert.Equal(1, own.GetProperty("total").GetProperty("paying").GetInt32());
        Assert.Equal(["4"], lists.GetProperty("new").EnumerateArray().Select(m => m.GetProperty("memberNumber").GetString()).ToList());
    }
}
