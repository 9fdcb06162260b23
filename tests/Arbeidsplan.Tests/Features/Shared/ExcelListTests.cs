using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>The lists' Excel downloads: the page's filters applied, the rows the page shows, scope as the list's.</summary>
public sealed class ExcelListTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static Task<List<IDictionary<string, object?>>> SheetAsync(HttpResponseMessage response) => Sheets.ReadAsync(response);

    /// <summary>Lists that are not tables a user would take to Excel, each with why.</summary>
    private static readonly Dictionary<string, string> NotSheets = new(StringComparer.Ordinal)
    {
        ["/api/plans"] = "the plans to choose between, a few a year",
        ["/api/calendar/templates"] = "the templates to choose between, a few",
        ["/api/calendar/feeds"] = "a person's feed links, which are secrets and go to no file",
        ["/api/elections/{id:guid}/campaign/activity"] = "a count per week; the activities themselves download as /api/campaign-activities.xlsx",
        ["/api/branches"] = "the scorecard's rows, which download with their sums as /api/branches/scorecard.xlsx",
    };

    [Fact]
    public void EveryListRoute_HasAnExcelDownloadBesideIt()
    {
        var routes = RouteCatalog.Read(app.Services);
        var patterns = routes.Where(r => r.Method == "GET").Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);

        var lists = routes.Where(r => r.Method == "GET" && r.IsApi && r.Rule == Arbeidsplan.Web.Features.Access.ScopeRule.FilteredList && !r.Pattern.Contains('.'));
        var missing = lists.Select(r => r.Pattern).Where(p => !patterns.Contains(p + ".xlsx") && !NotSheets.ContainsKey(p)).Distinct().ToList();

        Assert.True(missing.Count == 0, "Lister uten Excel: " + string.Join(", ", missing));
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

    [Fact]
    public async Task Study_CirclesHoursRequirementsAndMaterials_Download()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await kari.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Arkkurs", description = "Tre samlinger." }));
        await Created(await kari.PostAsJsonAsync("/api/study/requirements", new { organisationId = W.County, name = "Arkkrav", kind = "CompleteMaterial", year = 2026, materialId = material, dueOn = "2026-11-01" }));
        await Created(await kari.PostAsJsonAsync("/api/study/circles",
            new { organisationId = W.BranchA, materialId = material, startsOn = "2026-02-02", endsOn = "2026-03-30", participants = 6, hours = 9, leaderName = "Ark Leder" }));
        var query = $"organisationId={W.County}&year=2026";

        var circles = await SheetAsync(await kari.GetAsync($"/api/study/circles.xlsx?{query}"));
        var hours = await SheetAsync(await kari.GetAsync($"/api/study/hours.xlsx?{query}"));
        var requirements = await SheetAsync(await kari.GetAsync($"/api/study/requirements.xlsx?{query}"));
        var materials = await SheetAsync(await kari.GetAsync($"/api/study/materials.xlsx?organisationId={W.County}"));

        Assert.Contains(circles, r => Sheets.Text(r, "Studieleder") == "Ark Leder" && Sheets.Text(r, "Timer") == "9");
        Assert.Contains(hours, r => Sheets.Text(r, "Lag eller organ") == "Alfa lokallag" && Sheets.Text(r, "Timer i år") == "9");
        var alfa = requirements.Single(r => Sheets.Text(r, "Lag eller organ") == "Alfa lokallag");
        Assert.StartsWith("Gjennomført", Sheets.Text(alfa, "Arkkrav (frist 01.11.2026)"), StringComparison.Ordinal);
        Assert.Contains(materials, r => Sheets.Text(r, "Studiemateriell") == "Arkkurs" && Sheets.Text(r, "Beskrivelse") == "Tre samlinger.");
    }

    [Fact]
    public async Task Register_OrganisationsAndPersons_DownloadWhatTheReaderSees()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var organisations = await SheetAsync(await kari.GetAsync("/api/organisations.xlsx"));
        var persons = await SheetAsync(await kari.GetAsync("/api/persons.xlsx?search=Fylkesleder"));
        var otherPersons = await SheetAsync(await ola.GetAsync("/api/persons.xlsx?search=Kari"));

        Assert.Contains(organisations, r => Sheets.Text(r, "Navn") == "Alfa lokallag" && Sheets.Text(r, "Under") == "Testfylke parti");
        Assert.DoesNotContain(organisations, r => Sheets.Text(r, "Navn") == "Annetfylke parti");
        Assert.Contains(persons, r => Sheets.Text(r, "Navn") == "Kari Fylkesleder");
        Assert.DoesNotContain(otherPersons, r => Sheets.Text(r, "Navn") == "Kari Fylkesleder");
    }

    [Fact]
    public async Task Members_CampaignsAndTheBranchesFollowUpLists_Download_TheListsOnlyForTheBranchsOwn()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync("/api/members/campaigns", new { organisationId = W.County, name = "Arkverving", from = "2026-03-01", to = "2026-05-31", target = 30, prize = "Kake" }));
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var campaigns = await SheetAsync(await kari.GetAsync($"/api/members/campaigns.xlsx?organisationId={W.County}"));
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var lists = await liv.GetAsync($"/api/branches/{W.BranchA}/member-lists.xlsx");

        Assert.Contains(campaigns, r => Sheets.Text(r, "Kampanje") == "Arkverving" && Sheets.Text(r, "Mål") == "30" && Sheets.Text(r, "Premie") == "Kake");
        Assert.Equal(HttpStatusCode.OK, lists.StatusCode);
        // Names and numbers go only to those who hold an office in the branch, as on the page.
        Assert.Equal(HttpStatusCode.NotFound, (await kari.GetAsync($"/api/branches/{W.BranchA}/member-lists.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.GetAsync($"/api/branches/{W.BranchA}/member-lists.xlsx")).StatusCode);
    }
}
