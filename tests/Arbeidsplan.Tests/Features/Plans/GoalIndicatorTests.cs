using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>A goal whose count the system keeps itself (paying members, study hours) shows today's value, not one typed in once.</summary>
public sealed class GoalIndicatorTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task GoalOfPayingMembers_ImportedFromText_ShowsThePayingMembersOfTheLatestImport()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var figures = new[] { new { branchId = W.BranchA, paying = 40 }, new { branchId = W.BranchB, paying = 60 } };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/year-end", new { organisationId = W.County, year = 2025, figures })).StatusCode);
        const string text = "Arbeidsplan 2026\n\n1. Mål\nMålet er 150 betalende medlemmer per 31.12.2026.\n\n2. Tiltak\n• Vervekampanje.\n";

        var saved = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Plan med medlemsmål", text, apply = true });
        var planId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");

        var indicator = plan.GetProperty("goals")[0].GetProperty("indicator");
        Assert.Equal((150m, 100m, "medlemsregisteret"),
            (indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("current").GetDecimal(), indicator.GetProperty("countedFrom").GetString()));
    }
}
