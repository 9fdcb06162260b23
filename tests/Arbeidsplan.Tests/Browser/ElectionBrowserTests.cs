using System.Net.Http.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>
/// The county leader records a nomination step on Valg: a day in the future is said by the date field, then a day before the
/// steps that should come first is saved with the warning said above the form; the branch leader builds her list. Checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ElectionBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_RecordsAStep_AFutureDaySaidByItsField_AndAStepOutOfOrderSavedWithAWarning()
    {
        var w = browser.World;
        await browser.App.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9911"), "Nettleserby");
            db.Municipalities.Add(place);
            (await db.Organisations.SingleAsync(o => o.Id == w.BranchC)).CoverMunicipality(place.Id);
            db.CountyMunicipalities.Add(new CountyMunicipality(w.County, place.Id));
            await db.SaveChangesAsync();
        });
        var kari = await browser.App.SignedInClientAsync(w.CountyLeaderUser);
        var made = await kari.PostAsJsonAsync("/api/elections", new { organisationId = w.County, kind = "Local", day = "2027-09-13" });
        var election = await ApiResponses.Created(made);
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/valg?valg={election}&org={w.County}");
        await BrowserSteps.CheckAccessibleAsync(page);

        var form = page.Locator("#steg");
        await form.GetByLabel("Liste").SelectOptionAsync(new SelectOptionValue { Label = "Nettleserby (Gamma lokallag)" });
        await form.GetByLabel("Steg", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Toppkandidat valgt" });
        await form.GetByLabel("Dato").FillAsync("2026-07-01");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#steg div.validation-message")).ToContainTextAsync("etter i dag");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.Locator("#steg").GetByLabel("Dato").FillAsync("2026-05-20");
        await page.Locator("#steg").GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Assertions.Expect(page.Locator("#steg p.warning")).ToContainTextAsync("Registrert, men «nominasjonskomité oppnevnt», «komiteen kurset» og «kandidatundersøkelse sendt» er ikke registrert ennå.");
        await Assertions.Expect(page.Locator("table.nominations")).ToContainTextAsync("20.5.26");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task BranchLeader_BuildsHerList_AMissingBirthYearSaidByItsField_ThenMovesTheNewCandidateToTheTop()
    {
        var w = browser.World;
        var municipality = await browser.App.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9912"), "Kandidatby");
            db.Municipalities.Add(place);
            (await db.Organisations.SingleAsync(o => o.Id == w.BranchA)).CoverMunicipality(place.Id);
            db.CountyMunicipalities.Add(new CountyMunicipality(w.County, place.Id));
            await db.SaveChangesAsync();
            return place.Id;
        });
        var kari = await browser.App.SignedInClientAsync(w.CountyLeaderUser);
        var election = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = w.County, kind = "Local", day = "2027-09-13" }));
        await ApiResponses.Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/candidates",
            new { countyId = w.County, municipalityId = municipality, name = "Første Kandidat", birthYear = 1970, gender = "Man" }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.BranchLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/valg/liste?valg={election}&fylke={w.County}&kommune={municipality}");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Ny Kandidat");
        await page.GetByLabel("Kjønn").SelectOptionAsync(new SelectOptionValue { Label = "Kvinne" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sett på listen" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("Oppgi fødselsåret");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Fødselsår").FillAsync("1999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sett på listen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt Ny Kandidat opp til plass 1" }).ClickAsync();

        await Assertions.Expect(page.Locator("#liste tbody tr").First).ToContainTextAsync("Ny Kandidat");
        await Assertions.Expect(page.Locator("#liste")).ToContainTextAsync("2 navn: 1 kvinne, 1 mann, 1 under 30");
        await BrowserSteps.CheckAccessibleAsync(page);

        // A detail corrected where the candidate stands: the place typed, and a place off the list said by its field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre opplysningene om Første Kandidat" }).ClickAsync();
        await page.Locator("#e-place").FillAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();
        await Assertions.Expect(page.Locator("#h-edit ~ form div.validation-message, #h-edit + form div.validation-message").First).ToContainTextAsync("Velg en plass fra 1 til 2");
        await BrowserSteps.CheckAccessibleAsync(page);
        await Screens.ShootAsync(page, "kandidat-endre", page.Locator("#liste"));
        await page.Locator("#e-place").FillAsync("1");
        await page.Locator("#e-born").FillAsync("1975");
        await page.Locator("#e-home").FillAsync("Nordby");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();

        await Assertions.Expect(page.Locator("#liste tbody tr").First).ToContainTextAsync("Første Kandidat");
        await Assertions.Expect(page.Locator("#liste tbody tr").First).ToContainTextAsync("1975");
        await Assertions.Expect(page.Locator("#liste tbody tr").First).ToContainTextAsync("Nordby");
        await Assertions.Expect(page.Locator("#h-edit")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CountyLeader_ChangesTheCampaignPhases_APhaseWithTasksEmptiedIsSaidByTheForm_ThenARenameIsSaved()
    {
        var w = browser.World;
        var kari = await browser.App.SignedInClientAsync(w.CountyLeaderUser);
        var election = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/elections",
            new { organisationId = w.County, kind = "Local", day = "2027-09-13", name = "Valg med fasene" }));
        await ApiResponses.Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = w.County }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/valg/valgkamp?valg={election}&org={w.County}");
        var phases = page.Locator("#faser");
        await phases.Locator("summary").ClickAsync();

        await phases.Locator("#ph-name-0").FillAsync("");
        await phases.Locator("#ph-from-0").FillAsync("");
        await phases.Locator("#ph-to-0").FillAsync("");
        await phases.GetByRole(AriaRole.Button, new() { Name = "Lagre fasene" }).ClickAsync();
        await Assertions.Expect(page.Locator("#faser div.validation-message")).ToContainTextAsync("Fase 1 «Nominasjon og valgkampkomité» har oppgaver");
        await BrowserSteps.CheckAccessibleAsync(page);
        await Screens.ShootAsync(page, "valgkamp-faser-feil", page.Locator("#faser"));
        await page.Locator("#faser #ph-name-0").FillAsync("Oppstart og komité");
        await page.Locator("#faser #ph-from-0").FillAsync("2026-10-15");
        await page.Locator("#faser #ph-to-0").FillAsync("2026-12-31");
        await page.Locator("#faser").GetByRole(AriaRole.Button, new() { Name = "Lagre fasene" }).ClickAsync();

        await Assertions.Expect(page.Locator("#h-phase-1")).ToHaveTextAsync("Fase 1: Oppstart og komité");
        await Assertions.Expect(page.Locator("#fase-1 .hint").First).ToContainTextAsync("15.10.2026");
        await Screens.ShootAsync(page, "valgkamp-faser");
    }

    [Fact]
    public async Task CampaignTask_AReportOnAChangedTask_IsRefusedInItsOwnRow_KeepingWhatWasTyped()
    {
        var w = browser.World;
        var kari = await browser.App.SignedInClientAsync(w.CountyLeaderUser);
        var election = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/elections",
            new { organisationId = w.County, kind = "Local", day = "2027-09-13", name = "Valg for radfeil" }));
        await ApiResponses.Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = w.County }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/valg/valgkamp?valg={election}&org={w.County}");
        var row = page.Locator("tr[id^=oppgave-]").Last;
        var task = (await row.GetAttributeAsync("id"))!["oppgave-".Length..];
        // Someone else reports on the task after the page was opened.
        var other = await kari.PostAsJsonAsync($"/api/campaign-tasks/{task}/reports", new { status = "UnderWay", note = "Fra en annen", version = await browser.App.VersionAsync(Guid.Parse(task)) });
        Assert.True(other.IsSuccessStatusCode, await other.Content.ReadAsStringAsync());

        await row.GetByPlaceholder("Hva er gjort").FillAsync("Plakatene er hengt opp");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        var refused = page.Locator($"#oppgave-{task}");
        await Assertions.Expect(refused.Locator(".alert[role=alert]")).ToBeVisibleAsync();
        await Assertions.Expect(refused.Locator(".alert[role=alert]")).ToBeFocusedAsync();
        await Assertions.Expect(refused.GetByPlaceholder("Hva er gjort")).ToHaveValueAsync("Plakatene er hengt opp");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task CountyLeader_SetsTheCountysOwnTarget_OnTheNationalPartysElection_ADayAfterTheElectionSaidByTheForm()
    {
        var w = browser.World;
        var admin = await browser.App.SignedInClientAsync(w.Admin);
        var election = await ApiResponses.Created(await admin.PostAsJsonAsync("/api/elections",
            new { organisationId = w.National, kind = "Storting", day = "2029-09-10", name = "Landsvalg for egne mål" }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/valg?valg={election}&org={w.County}");
        var own = page.Locator("#egne-mal");
        await own.Locator("summary").ClickAsync();

        await own.GetByLabel("Toppkandidat valgt").FillAsync("2029-10-01");
        await own.GetByRole(AriaRole.Button, new() { Name = "Lagre egne mål" }).ClickAsync();
        await Assertions.Expect(page.Locator("#egne-mal div.validation-message")).ToContainTextAsync("etter valgdagen 10.9.2029");
        await BrowserSteps.CheckAccessibleAsync(page);
        await Screens.ShootAsync(page, "egne-mal-feil");
        await page.Locator("#egne-mal").GetByLabel("Toppkandidat valgt").FillAsync("2029-01-15");
        await page.Locator("#egne-mal").GetByRole(AriaRole.Button, new() { Name = "Lagre egne mål" }).ClickAsync();
        await Assertions.Expect(page.Locator("#egne-mal div.validation-message")).ToContainTextAsync("kan ikke være senere enn 31.12.2028");
        await page.Locator("#egne-mal").GetByLabel("Toppkandidat valgt").FillAsync("2028-11-30");
        await page.Locator("#egne-mal").GetByRole(AriaRole.Button, new() { Name = "Lagre egne mål" }).ClickAsync();

        await page.WaitForURLAsync("**#egne-mal");
        Assert.Equal("2028-11-30", await page.Locator("#egne-mal").GetByLabel("Toppkandidat valgt").InputValueAsync());
        var saved = await (await browser.App.SignedInClientAsync(w.CountyLeaderUser)).GetStringAsync($"/api/elections/{election}/county-targets?organisationId={w.County}");
        Assert.Contains("\"applies\":\"2028-11-30\"", saved, StringComparison.Ordinal);
        await Screens.ShootAsync(page, "egne-mal");
    }

    [Fact]
    public async Task Administrator_KeepsTheElectionRules_OnTheirPage_ACountyLeaderReadsThem()
    {
        var w = browser.World;
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, w.Admin, AppFactory.Password, browser.App);
        await page.GotoAsync($"{browser.BaseUrl}/valg/regler");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByLabel("Dag for «Kandidatundersøkelse sendt»").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgreglene" }).ClickAsync();
        await Assertions.Expect(page.GetByText("«Kandidatundersøkelse sendt»: fyll inn dag og måned.")).ToBeVisibleAsync();
        await page.GetByLabel("Måned for «Kandidatundersøkelse sendt»").SelectOptionAsync(new SelectOptionValue { Label = "oktober" });
        await page.GetByLabel("Dag for «Kandidatundersøkelse sendt»").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgreglene" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Valgreglene er lagret" })).ToBeVisibleAsync();

        Assert.Equal("20", await page.GetByLabel("Dag for «Kandidatundersøkelse sendt»").InputValueAsync());
        Assert.Equal("10", await page.GetByLabel("Måned for «Kandidatundersøkelse sendt»").InputValueAsync());
        await Screens.ShootAsync(page, "valgregler-admin");
        var reader = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(reader, browser.BaseUrl, w.CountyLeaderUser, AppFactory.Password);
        await reader.GotoAsync($"{browser.BaseUrl}/valg/regler");
        await Assertions.Expect(reader.Locator("table").First).ToContainTextAsync("20. oktober");
        await Assertions.Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Lagre valgreglene" })).ToHaveCountAsync(0);
        await BrowserSteps.CheckAccessibleAsync(reader);
        await Screens.ShootAsync(reader, "valgregler-leser");
    }
}
