using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using MiniExcelLibs;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>The lists' Excel downloads: the page's filters applied, the rows the page shows, scope as the list's.</summary>
public sealed class ExcelListTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static async Task<List<IDictionary<string, object?>>> SheetAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public async Task Measures_DownloadWithTheFiltersApplied_AndOnlyForThoseWhoReadThePlan()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var applied = await kari.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Plan for Excel", text = PlanFixtures.Coded2026, apply = true });
        var plan = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var all = await SheetAsync(await kari.GetAsync($"/api/plans/{plan}/measures.xlsx"));
        var found = await SheetAsync(await kari.GetAsync($"/api/plans/{plan}/measures.xlsx?search=Studiering"));

        Assert.Equal(["1.1a", "1.1b", "1.2a"], all.Select(r => r["Nr."]?.ToString()));
        var row = Assert.Single(found);
        Assert.Equal("Studiering i alle lokallag", row["Tiltak"]);
        Assert.Equal("Leder", row["Ansvar"]);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.GetAsync($"/api/plans/{plan}/measures.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Members_DownloadTheBranchesAndTheSums_AndAnOrganisationOutOfReachIsABadRequest()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync("/api/members/year-end", new
        {
            organisationId = W.County, year = 2025,
            figures = new[] { new { branchId = W.BranchA, paying = 40 }, new { branchId = W.BranchB, paying = 60 }, new { branchId = W.BranchC, paying = 10 } },
        }));
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var sheet = await SheetAsync(await kari.GetAsync($"/api/members/statistics.xlsx?organisationId={W.County}&on=2026-01-10"));

        Assert.Equal(40.0, Convert.ToDouble(sheet.Single(r => (string?)r["Lokallag"] == "Alfa lokallag")["31.12.2025"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(sheet, r => ((string?)r["Lokallag"])?.StartsWith("Sum", StringComparison.Ordinal) == true
            && Convert.ToDouble(r["31.12.2025"], System.Globalization.CultureInfo.InvariantCulture) == 110);
        Assert.Equal(HttpStatusCode.BadRequest, (await ola.GetAsync($"/api/members/statistics.xlsx?organisationId={W.County}")).StatusCode);
    }

    [Fact]
    public async Task Resolutions_DownloadTheYearsTexts()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync("/api/resolutions",
            new { organisationId = W.County, kind = "Statement", title = "Beredskap i hele fylket", text = "Tekst.", adoptedOn = "2026-03-01", adoptedBy = "Fylkesstyret" }));

        var sheet = await SheetAsync(await kari.GetAsync($"/api/resolutions.xlsx?organisationId={W.County}&year=2026"));
        var none = await SheetAsync(await kari.GetAsync($"/api/resolutions.xlsx?organisationId={W.County}&year=2019"));

        Assert.Contains(sheet, r => (string?)r["Tittel"] == "Beredskap i hele fylket" && (string?)r["Vedtatt av"] == "Fylkesstyret");
        Assert.Empty(none);
    }
}
