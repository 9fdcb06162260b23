using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The organisational deputy's year with the plan, in a real browser, each page checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task Deputy_ImportsFollowsUpRollsOverComparesAndChecks()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);

        await page.GotoAsync($"{browser.BaseUrl}/plan/importer");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Organisasjon").SelectOptionAsync(new SelectOptionValue { Label = "Testfylke parti" });
        await page.GetByLabel("Eller lim inn teksten").FillAsync("bare en setning.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis hva som blir importert" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fant ingen kapitler");
        await page.GetByLabel("Eller lim inn teksten").FillAsync(PlanFixtures.Coded2026);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis hva som blir importert" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 kapitler, 0 mål og 3 tiltak");
        await Expect(page.Locator("tr.doubt")).ToContainTextAsync("snarest");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plansjekk" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Gjennomføringen «snarest» ble ikke forstått");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Arbeidsplan 2026" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arbeidsplan 2026", Level = 1 })).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiltak", Exact = true }).ClickAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vervekampanje i alle lokallag" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Forstått som: Frist 1. juli 2026");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("2026-05-20");
        await page.GetByLabel("Notat (hva er gjort)").FillAsync("Kampanjen er i gang i Nord.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre status" }).ClickAsync();
        await Expect(page.Locator("ol.history")).ToContainTextAsync("20.5.2026 – Pågår");
        await Expect(page.Locator("ol.history")).ToContainTextAsync("Kampanjen er i gang i Nord.");

        await page.GotoAsync(page.Url.Split("/tiltak/")[0] + "/tiltak?status=UnderWay");
        await Expect(page.Locator("table.measures tbody tr")).ToHaveCountAsync(1);
        await page.GotoAsync(page.Url.Split("/tiltak")[0]);
        await Expect(page.Locator("section.danger-zone")).ToContainTextAsync("Plansjekken har");
        await page.GetByLabel("Vedtatt av").FillAsync("Fylkesårsmøtet");
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("2026-02-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer vedtak" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Vedtatt av Fylkesårsmøtet 15.2.2026");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vedtak og revisjoner" })).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rull over til neste periode" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sammenlign planer" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.diff ins").First).ToBeVisibleAsync();
        await Expect(page.Locator("table.diff").Last).ToContainTextAsync("innen 1. juli 2027");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GotoAsync(page.Url.Split("/sammenlign")[0] + "/utskrift");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1.1 Tiltak for organisasjonen" })).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
