using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>The plan pages as read: the comparison forwards whichever plan it was opened from, words that do not run together.</summary>
public sealed class PlanPageTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Compare_OpenedFromTheLaterPlan_ShowsTheEarlierTextAsRemoved_AndTheLaterAsAdded()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var earlier = await ImportAsync(client, "Arbeidsplan 2025\n\n1. Organisasjon\n\nKode\tTiltak\tGjennomføring\n1.1\tVerving i lagene\tMars\n");
        var later = await ImportAsync(client, "Arbeidsplan 2026\n\n1. Organisasjon\n\nKode\tTiltak\tGjennomføring\n1.1\tVerving i alle lokallag\tMars\n");

        var html = await client.GetStringAsync($"/plan/{later}/sammenlign?med={earlier}");

        Assert.Contains("<del>lagene</del>", html);
        Assert.Contains("<ins>alle lokallag</ins>", html);
        Assert.True(html.IndexOf("Arbeidsplan 2025</th>", StringComparison.Ordinal) < html.IndexOf("Arbeidsplan 2026</th>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportPage_OffersTheOrganisationChosenInTheSwitcher_NotTheFirstInTheList()
    {
        var admin = await app.SignedInClientAsync(W.Admin);
        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("/plan/importer"));
        Assert.True(first.IndexOf("Annetfylke parti", StringComparison.Ordinal) < first.IndexOf("Testfylke parti", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync($"/bytt-organisasjon?id={W.County}")).StatusCode);
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/plan/importer"));

        var picker = html[html.IndexOf("<select id=\"organisation\"", StringComparison.Ordinal)..];
        picker = picker[..picker.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.Matches($"<option value=\"{W.County}\" selected", picker);
        Assert.Single(Regex.Matches(picker, " selected"));
    }

    [Fact]
    public async Task PlanPage_LinkToCompareARevisionWithTheCurrentPlan_KeepsTheRevision()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await ImportAsync(client, "Arbeidsplan 2027\n\n1. Organisasjon\n\nKode\tTiltak\tGjennomføring\n1.1\tStyreseminar\tMars\n");
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")).GetProperty("plan").GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/plans/{plan}/adopt", new { meeting = "Fylkesårsmøtet", on = "2026-03-01", version })).StatusCode);

        var html = await client.GetStringAsync($"/plan/{plan}");

        Assert.Contains($"sammenlign?med={plan}&amp;rev=1\"", html);
        Assert.DoesNotContain("&amp;amp;", html);
    }

    [Fact]
    public async Task MeasurePage_CodeAndText_AndTimingAndItsReading_AreSeparatedBySpaces()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await ImportAsync(client, "Arbeidsplan 2028\n\n1. Organisasjon\n\nKode\tTiltak\tGjennomføring\n6.1a\tFelles samlinger\tFebruar\n");
        var measure = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/measures")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var text = Regex.Replace(await client.GetStringAsync($"/plan/{plan}/tiltak/{measure}"), "<[^>]+>", "");

        Assert.Contains("6.1a Felles samlinger", text);
        Assert.Contains("Februar Forstått som:", text);
    }

    private async Task<Guid> ImportAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text, apply = true });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
    }
}
