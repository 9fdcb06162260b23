using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>
/// Charts where people would rather look than read, on the pages themselves: members over the years, study hours per year,
/// the plan's measures by status and the date plan's events per month; each an SVG labelled with its numbers, beside a table.
/// </summary>
public sealed class ChartPagesTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static string Figure(string html, string id)
    {
        var start = html.IndexOf($"<figcaption id=\"{id}-caption\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Ingen figur «{id}» på siden.");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task MembersPage_DrawsThePayingMembersYearByYear_OnceThereAreTwoYears()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var before = WebUtility.HtmlDecode(await kari.GetStringAsync($"/medlemmer?org={W.County}"));
        foreach (var (year, paying) in new[] { (2024, 80), (2025, 95) })
        {
            await Created(await kari.PostAsJsonAsync("/api/members/year-end", new { organisationId = W.County, year, figures = new[] { new { branchId = W.BranchA, paying } } }));
        }

        var html = WebUtility.HtmlDecode(await kari.GetStringAsync($"/medlemmer?org={W.County}"));

        Assert.DoesNotContain("medlemmer-over-tid-caption", before);
        var figure = Figure(html, "medlemmer-over-tid");
        Assert.Contains("<svg", figure);
        Assert.Contains("2024 80", figure);
        Assert.Contains("2025 95", figure);
    }

    [Fact]
    public async Task StudyPage_DrawsTheHoursYearByYear()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await kari.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Diagramkurs" }));
        foreach (var (from, to, hours) in new[] { ("2025-02-03", "2025-03-31", 7), ("2026-02-02", "2026-03-30", 9) })
        {
            await Created(await kari.PostAsJsonAsync("/api/study/circles", new { organisationId = W.BranchB, materialId = material, startsOn = from, endsOn = to, participants = 4, hours, leaderName = "Dia Gram" }));
        }

        var figure = Figure(WebUtility.HtmlDecode(await kari.GetStringAsync($"/studier?org={W.County}&ar=2026")), "studietimer-per-ar");

        Assert.Contains("2025 7", figure);
        Assert.Contains("2026 9", figure);
    }

    [Fact]
    public async Task PlanPage_DrawsTheMeasuresByStatus_AndTheDatePlanItsEventsPerMonth()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var imported = await kari.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Diagramplan", text = PlanFixtures.Coded2026, apply = true });
        var plan = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var allNotStarted = WebUtility.HtmlDecode(await kari.GetStringAsync($"/plan/{plan}"));
        var first = (await kari.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/measures")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await Ok(await kari.PostAsJsonAsync($"/api/measures/{first}/status", new { status = "UnderWay", on = "2026-05-20", version = await app.VersionAsync(first) }));
        await Created(await kari.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = Arbeidsplan.Domain.DatePlan.EventKind.IdOf(Arbeidsplan.Domain.DatePlan.EventKind.BoardMeeting),
            title = "Diagrammøte", startDate = "2026-10-13", startTime = "18:00", endTime = "20:00",
        }));

        var measures = Figure(WebUtility.HtmlDecode(await kari.GetStringAsync($"/plan/{plan}")), "tiltak-etter-status");
        var events = Figure(WebUtility.HtmlDecode(await kari.GetStringAsync($"/datoplan?org={W.County}&ar=2026")), "hendelser-per-maned");

        Assert.DoesNotContain("tiltak-etter-status-caption", allNotStarted);
        Assert.Contains("Ikke startet 2", measures);
        Assert.Contains("Pågår 1", measures);
        Assert.Contains("Okt 1", events);
    }

    [Fact]
    public async Task ReportsPage_OffersThePlanDocumentsForTheAnnualMeeting()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var imported = await kari.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Plan for årsmøtet 2027", text = PlanFixtures.Coded2026.Replace("2026", "2027", StringComparison.Ordinal), apply = true });
        var plan = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();

        var html = WebUtility.HtmlDecode(await kari.GetStringAsync($"/rapporter?org={W.County}&ar=2026"));

        Assert.Contains($"/api/plans/{plan}/document.docx", html);
        Assert.Contains($"/api/plans/{plan}/document.pdf", html);
    }
}
