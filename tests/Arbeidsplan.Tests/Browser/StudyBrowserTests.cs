using System.Net.Http.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The study leader sets up a material and a requirement, registers a circle (first with too many hours), sees the matrix and corrects the circle; checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudyBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_AddsARequirement_RegistersACircle_AndSeesTheBranchDone()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/studier/oppsett?org={browser.World.County}&ar=2026");
        await page.GetByLabel("Navn").First.FillAsync("Hvem skal lede");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-materials] ul")).ToContainTextAsync("Hvem skal lede");
        await page.Locator("#r-name").FillAsync("Hvem skal lede innen 1. juli");
        await page.Locator("#r-material").SelectOptionAsync(new SelectOptionValue { Label = "Hvem skal lede" });
        await page.Locator("#r-due").FillAsync("2026-07-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til kravet" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-reqs] ul")).ToContainTextAsync("frist 1.7.2026");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GotoAsync($"{browser.BaseUrl}/studier?org={browser.World.County}&ar=2026");
        await page.GetByLabel("Lokallag eller organ").SelectOptionAsync(new SelectOptionValue { Label = "Gamma lokallag" });
        await page.GetByLabel("Studiemateriell", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hvem skal lede" });
        await page.GetByLabel("Første samling").FillAsync("2026-03-02");
        await page.GetByLabel("Siste samling").FillAsync("2026-03-02");
        await page.GetByLabel("Studietimer", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Studieleder", new() { Exact = true }).FillAsync("Siri Studieleder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("høyst 10 timer");
        await page.GetByLabel("Siste samling").FillAsync("2026-04-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer" }).ClickAsync();

        await Assertions.Expect(page.Locator("table.matrix")).ToContainTextAsync("Gjennomført 20.4.2026");
        await Assertions.Expect(page.Locator("table.circles")).ToContainTextAsync("Siri Studieleder");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Endre studieringen Hvem skal lede for Gamma lokallag" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Endre studiering for Gamma lokallag" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Studieleder", new() { Exact = true })).ToHaveValueAsync("Siri Studieleder");
        await page.GetByLabel("Siste samling").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("kan ikke slutte før den begynner");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Siste samling").FillAsync("2026-04-27");
        await page.GetByLabel("Studietimer", new() { Exact = true }).FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Assertions.Expect(page.Locator("table.circles")).ToContainTextAsync("2.3.2026–27.4.2026");
        await Assertions.Expect(page.Locator("table.matrix")).ToContainTextAsync("Gjennomført 27.4.2026");
    }

    [Fact]
    public async Task Leader_DeletesACircle_OnlyAfterSayingYesToTheQuestionThatNamesIt()
    {
        var material = $"Slettekurs {Guid.NewGuid():N}"[..18];
        var kari = await browser.App.SignedInClientAsync(browser.World.CountyLeaderUser);
        var materialId = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/study/materials", new { organisationId = browser.World.County, name = material }));
        var circle = new
        {
            organisationId = browser.World.BranchA, materialId, startsOn = "2026-09-01", endsOn = "2026-09-29", participants = 4, hours = 6, leaderName = "Sletta Leder", version = 0L,
        };
        var circleId = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/study/circles", circle));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/studier?org={browser.World.County}&ar=2026");
        var ask = page.GetByRole(AriaRole.Button, new() { Name = $"Slett studieringen {material} for" });

        await ask.ClickAsync();
        await Assertions.Expect(page.Locator("form.confirm [role=alert]")).ToContainTextAsync($"Slette studieringen {material} for");
        await Assertions.Expect(page.Locator("form.confirm [role=alert]")).ToContainTextAsync("4 deltakere og 6 timer");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.Locator("form.confirm").GetByRole(AriaRole.Link, new() { Name = "Avbryt" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.confirm")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("table.circles")).ToContainTextAsync(material);

        await ask.ClickAsync();
        (await kari.PutAsJsonAsync($"/api/study/circles/{circleId}", circle with { hours = 7, version = await browser.App.VersionAsync(circleId) })).EnsureSuccessStatusCode();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, slett" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-circles]")).ToContainTextAsync("Noen andre har endret dette");
        await Assertions.Expect(page.Locator("table.circles")).ToContainTextAsync(material);

        await ask.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, slett" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Studieringen er slettet." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Sletta Leder");
    }
}
