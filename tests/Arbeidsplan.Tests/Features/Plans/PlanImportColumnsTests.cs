using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>A plan's tables through the API: a table whose rows disagree with its columns is not saved until the user settles them.</summary>
public sealed class PlanImportColumnsTests(WorldApp app) : IClassFixture<WorldApp>
{
    /// <summary>A header Word wrote with the code column's cell blank, and a column of amounts no role uses.</summary>
    private const string Text = "Arbeidsplan 2027\n\n1. Organisasjon\n\n\tTiltak\tGjennomføring\tBudsjett\n"
        + "1.1\tNominasjonsmøter i alle lokallag\tinnen 1. juli\t5 000 kr\n1.2\tStyreseminar\tMars\t12 000 kr\n";

    private World W => app.World;

    [Fact]
    public async Task Import_ColumnTheRowsDisagreeWith_IsRefusedUntilConfirmed_ThenSavedAndRemembered()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var preview = await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = Text }));
        var table = preview.GetProperty("tables")[0];
        Assert.Equal(["Code", "Measure", "Timing", "Ignore"], table.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList());
        Assert.Contains("Kolonne 4", table.GetProperty("doubt").GetString());

        var refused = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Kolonneplan", text = Text, apply = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Sjekk kolonnene i tabell 1", (await Json(refused)).GetProperty("errors").GetProperty("Columns")[0].GetString());
        Assert.DoesNotContain(await client.GetFromJsonAsync<JsonElement[]>($"/api/plans?organisationId={W.County}") ?? [], p => p.GetProperty("title").GetString() == "Kolonneplan");

        // The amounts made a comment: now the rows agree with the roles, no confirmation is needed, and the roles are remembered.
        var columns = new Dictionary<string, string> { ["1-1"] = "Code", ["1-2"] = "Measure", ["1-3"] = "Timing", ["1-4"] = "Comment" };
        var saved = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Kolonneplan", text = Text, columns, apply = true });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var planId = (await Json(saved)).GetProperty("planId").GetGuid();
        var measures = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/measures")).GetProperty("items");
        Assert.Equal("1.1", measures[0].GetProperty("code").GetString());
        Assert.Equal("Nominasjonsmøter i alle lokallag Merknad: 5 000 kr", measures[0].GetProperty("text").GetString());

        var again = (await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = Text }))).GetProperty("tables")[0];
        Assert.Equal("Remembered", again.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("doubt").ValueKind);
        Assert.Equal("Comment", again.GetProperty("roles")[3].GetString());
    }

    [Fact]
    public async Task Import_ColumnsConfirmedAsTheyAre_SavesWithTheUnusedColumnLeftOut()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var saved = await client.PostAsJsonAsync("/api/plans/import",
            new { organisationId = W.County, title = "Bekreftet kolonneplan", text = Text.Replace("Budsjett", "Sum"), columnsConfirmed = true, apply = true });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
    }

    [Fact]
    public async Task Import_ConfirmationGivenForAnotherText_DoesNotCarryOverToANewPlan()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var first = await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = "Arbeidsplan 2027\n\n1. Tiltak\n• Verving.\n" }));

        var other = await client.PostAsJsonAsync("/api/plans/import",
            new { organisationId = W.County, text = Text.Replace("Budsjett", "Kostnad"), columnsConfirmed = true, columnsFor = first.GetProperty("textKey").GetString(), apply = true });

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task Import_PeriodInTheTitle_MakesAPlanForThePeriod_AndAYearTypedInWins()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        const string text = "Arbeidsplan 2025-2028\n\n1. Organisasjon\nFylkeslaget følger opp lagene.\n";

        var fromTitle = await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text }));
        var typed = await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text, fromYear = 2026 }));

        Assert.Equal(("2025–2028", "2026"), (fromTitle.GetProperty("period").GetString(), typed.GetProperty("period").GetString()));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
