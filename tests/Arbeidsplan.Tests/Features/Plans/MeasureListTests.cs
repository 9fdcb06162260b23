using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>The measure list filters, sorts and pages in the database, the Norwegian way on both databases.</summary>
public sealed class MeasureListTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task MeasureList_SortsByOwnerNorwegian_SearchesAnyCase_AndPages()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans",
            new { organisationId = app.World.County, title = "Liste 2026", kind = "Annual", fromYear = 2026 }));
        async Task<Guid> Measure(string code, string text, string? owner, string timing) =>
            await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { code, text, owner, timing }));
        var aase = await Measure("1", "Økonomiseminar for kasserere", "Åse", "mars–mai");
        var oernulf = await Measure("2", "Skolering av nye styremedlemmer", "Ørnulf", "innen 1. juni 2026");
        var anna = await Measure("3", "Årsmøteturné", "Anna", "august");
        var none = await Measure("4", "Kampanje på sosiale medier", null, "hele året");
        var aerlig = await Measure("5", "Medlemsmøte om økonomi", "Ærlig", "oktober");

        var byOwner = await Ids(client, $"/api/plans/{plan}/measures?sort=owner");
        var search = await Ids(client, $"/api/plans/{plan}/measures?search=ØKONOMI");
        var secondPage = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/measures?sort=owner&pageSize=2&page=2");
        var thisMonth = await Ids(client, $"/api/plans/{plan}/measures?dueThisMonth=true");

        Assert.Equal([anna, aerlig, oernulf, aase, none], byOwner);
        Assert.Equal([aase, aerlig], search);
        Assert.Equal([oernulf, aase], secondPage.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        Assert.Equal(5, secondPage.GetProperty("total").GetInt32());
        // Today is 1 June 2026 in the tests: the deadline of 1 June and the whole year touch June; March–May does not.
        Assert.Equal([oernulf, none], thisMonth);
    }

    private static async Task<Guid[]> Ids(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
}
