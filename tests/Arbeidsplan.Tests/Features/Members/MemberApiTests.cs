using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Members;

public sealed class MemberApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private const string YearEnd2025 = """
        Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn
        1;Alfa lokallag;01.03.2019;2025;1980;K
        2;Alfa lokallag;01.03.2019;2025;2001;M
        3;Alfa lokallag;10.10.2025;2025;1999;K
        4;Beta lokallag;01.01.2000;2024;1950;M
        5;Gamma lokallag;01.01.2010;2025;1970;K
        """;

    [Fact]
    public async Task Import_ThenNextYear_GivesPayingNewLapsedAndTheYearEndsPerBranchRegionAndCounty()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var preview = await (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2025-12-31", text = YearEnd2025 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(preview.GetProperty("saved").GetBoolean());
        Assert.Equal(5, preview.GetProperty("members").GetInt32());

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2025-12-31", text = YearEnd2025, apply = true })).StatusCode);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var next = YearEnd2025.Replace("2;Alfa lokallag;01.03.2019;2025;2001;M\n", "").Replace(";2025;", ";2026;") + "\n6;Beta lokallag;05.02.2026;2026;2004;K";
        using var file = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.GetEncoding(1252).GetBytes(next)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "File", "eksport.csv" },
            { new StringContent(W.County.ToString()), "OrganisationId" }, { new StringContent("2026-05-31"), "TakenOn" }, { new StringContent("true"), "Apply" },
        };
        var integration = await app.BearerClientAsync(W.CountyLeaderUser);
        // An upload sent with the sign-in cookie but without the form token is refused; an integration's bearer call needs none.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/members/import/file", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await integration.PostAsync("/api/members/import/file", file)).StatusCode);

        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2026-06-01");
        var alfa = stats.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch").GetString() == "Alfa lokallag");
        Assert.Equal(2, alfa.GetProperty("paying").GetInt32());
        Assert.Equal(3, alfa.GetProperty("lastYearEnd").GetInt32());
        Assert.Equal(1, alfa.GetProperty("lapsed").GetInt32());
        var beta = stats.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch").GetString() == "Beta lokallag");
        Assert.Equal(1, beta.GetProperty("new").GetInt32());
        Assert.Equal(4, stats.GetProperty("total").GetProperty("paying").GetInt32()); // 1, 3, 5 renewed and 6 joined; 4 has not paid
        Assert.Equal(4, stats.GetProperty("total").GetProperty("lastYearEnd").GetInt32());
        Assert.Equal(["Nord", "Sør"], stats.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());

        var contact = await app.SignedInClientAsync(W.RegionContactUser);
        var north = await contact.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2026-06-01");
        Assert.Equal(["Alfa lokallag", "Beta lokallag"], north.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("branch").GetString()).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, (await contact.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, text = YearEnd2025, apply = true })).StatusCode);
        var outsider = await app.SignedInClientAsync(W.NoPositionUser);
        Assert.Equal(HttpStatusCode.BadRequest, (await outsider.GetAsync($"/api/members/statistics?organisationId={W.County}")).StatusCode);
    }

    [Fact]
    public async Task Import_WithBadLinesOrAMissingColumn_ReportsEveryLineAndSavesNothing()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var bad = YearEnd2025 + "\n1;Beta lokallag;;2025;;\n7;Delta lokallag;;2025;;\n8;Alfa lokallag;32.01.2025;2025;;";

        var response = await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2024-12-31", text = bad, apply = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Medlemsnummer 1 står også på linje 2.", errors.GetProperty("Linje 7")[0].GetString());
        Assert.Equal("Ukjent lokallag «Delta lokallag».", errors.GetProperty("Linje 8")[0].GetString());
        Assert.Contains("er ikke en dato", errors.GetProperty("Linje 9")[0].GetString());
        var missing = await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, text = "Nr;Navn\n1;Kari", apply = true });
        Assert.Contains("Fant ikke kolonnen for lokallag", await missing.Content.ReadAsStringAsync());
        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2025-01-01");
        Assert.DoesNotContain(stats.GetProperty("snapshots").GetProperty("items").EnumerateArray(), s => s.GetProperty("takenOn").GetString() == "2024-12-31");
    }

    [Fact]
    public async Task TargetsAndCampaign_ShowGrowthAgainstTheTargetAndALeaderboard()
    {
        // A county of its own, so the other tests' imports in this class do not count.
        var county = await app.Register().OrganisationAsync("Vårfylket", OrganisationKind.County, W.National);
        var alfa = await app.Register().OrganisationAsync("Vår-Alfa", OrganisationKind.Local, county);
        var beta = await app.Register().OrganisationAsync("Vår-Beta", OrganisationKind.Local, county);
        await app.Register().OrganisationAsync("Vår-Gamma", OrganisationKind.Local, county);
        var client = await app.SignedInClientAsync(W.Admin);
        var export = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år\n11;Vår-Alfa;05.03.2026;2026\n12;Vår-Beta;06.03.2026;2026\n13;Vår-Beta;07.04.2026;2026\n14;Vår-Gamma;01.01.2001;2026";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/import", new { organisationId = county, takenOn = "2026-05-01", text = export, apply = true })).StatusCode);
        var negative = await client.PutAsJsonAsync("/api/members/targets", new { organisationId = county, year = 2026, targets = new[] { new { branchId = alfa, target = -1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Målet kan ikke være under null.", await negative.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/members/targets", new { organisationId = county, year = 2026, targets = new[] { new { branchId = beta, target = 5 } } })).StatusCode);
        await client.PostAsJsonAsync("/api/members/campaigns", new { organisationId = county, name = "Vårkampanjen", from = "2026-03-01", to = "2026-04-30", target = 10, prize = "Kake" });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/members/campaigns", new { organisationId = county, name = "Baklengs", from = "2026-04-01", to = "2026-03-01", target = 1 })).StatusCode);

        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={county}&on=2026-05-02");
        var betaRow = stats.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch").GetString() == "Vår-Beta");
        Assert.Equal(-3, betaRow.GetProperty("againstTarget").GetInt32());
        var campaign = (await client.GetFromJsonAsync<JsonElement[]>($"/api/members/campaigns?organisationId={county}"))!.Single(c => c.GetProperty("name").GetString() == "Vårkampanjen");
        Assert.Equal(3, campaign.GetProperty("recruited").GetInt32());
        Assert.Equal(["Vår-Beta", "Vår-Alfa"], campaign.GetProperty("leaderboard").EnumerateArray().Select(l => l.GetProperty("branch").GetString()).ToList());
    }

    [Fact]
    public async Task YearEndByHand_CountsWhereNoExportExists_AndANegativeFigureIsRefused()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var refused = await client.PostAsJsonAsync("/api/members/year-end", new { organisationId = W.County, year = 2022, figures = new[] { new { branchId = W.BranchA, paying = -1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/year-end",
            new { organisationId = W.County, year = 2022, figures = new[] { new { branchId = W.BranchA, paying = 40 }, new { branchId = W.BranchC, paying = 12 } } })).StatusCode);

        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={W.County}&on=2023-03-01");
        Assert.Equal(52, stats.GetProperty("total").GetProperty("lastYearEnd").GetInt32());
    }
}
