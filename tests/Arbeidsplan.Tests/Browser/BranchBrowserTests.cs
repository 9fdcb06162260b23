using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The region contact follows up a branch: the list of their branches, a logged call, a flag and its closing; checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BranchBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task RegionContact_LogsACall_FlagsTheBranch_AndClosesTheFlag()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.RegionContactUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lokallag");
        // Other browser tests share this app and may add branches to the region; Gamma, in the other region, is never listed.
        await Assertions.Expect(page.Locator("table.scorecard")).ToContainTextAsync("Alfa lokallag");
        await Assertions.Expect(page.Locator("table.scorecard")).Not.ToContainTextAsync("Gamma lokallag");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByLabel("Rekkefølge", new() { Exact = true }).SelectOptionAsync("svakest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.scorecard tbody tr.region")).ToHaveCountAsync(0);
        await page.Locator("table.scorecard tbody tr th a").Last.ClickAsync();
        await page.GetByLabel("Nettside sjekket").FillAsync("2026-05-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre sjekkene" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-checks] p")).ToContainTextAsync("Nettsiden sist sjekket: 30.5.2026");
        await page.GetByLabel("Hvordan").SelectOptionAsync("Phone");
        await page.GetByLabel("Notat").FillAsync("Ringte lederen; årsmøtet er 20. januar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg kontakten" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-contacts] ol")).ToContainTextAsync("Telefon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Flagg lokallaget" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg minst én grunn");
        await page.GetByLabel("verving").CheckAsync();
        await page.GetByLabel("Hva skal følges opp").FillAsync("Ingen nye medlemmer i år.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Flagg lokallaget" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.flag.open")).ToContainTextAsync("Åpent – verving");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Hva ble gjort").FillAsync("Vervekveld holdt.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lukk flagget" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.flag.closed")).ToContainTextAsync("Vervekveld holdt.");
    }
}
