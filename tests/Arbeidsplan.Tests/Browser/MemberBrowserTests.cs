using System.Text;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The secretary imports the register's export and reads the members per branch, region and county; checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task Secretary_ChecksThenImportsTheExport_AndSeesTheBranchesByRegion()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/medlemmer?org={browser.World.County}&dato=2026-01-10");
        await BrowserSteps.CheckAccessibleAsync(page);

        var bad = "Medlemsnummer;Lokallag;Betalt for år\n1;Alfa lokallag;2025\n2;Ukjent lag;2025";
        await page.GetByLabel("Fil (.csv eller .xlsx)").SetInputFilesAsync(new FilePayload { Name = "eksport.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.GetByLabel("Uttrekksdato").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Assertions.Expect(page.Locator("ul.problems")).ToContainTextAsync("Linje 3: Ukjent lokallag «Ukjent lag».");
        await BrowserSteps.CheckAccessibleAsync(page);

        var good = "Medlemsnummer;Lokallag;Betalt for år\n1;Alfa lokallag;2025\n2;Gamma lokallag;2025\n3;Alfa lokallag;2025";
        await page.GetByLabel("Fil (.csv eller .xlsx)").SetInputFilesAsync(new FilePayload { Name = "eksport.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
        await page.GetByLabel("Uttrekksdato").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sjekk filen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("Lest: 3 medlemmer per 31.12.2025");
        // The checked file is imported as it is: the file is not chosen a second time.
        await Assertions.Expect(page.Locator("#checked-file")).ToContainTextAsync("Sjekket: eksport.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("Importert: 3 medlemmer per 31.12.2025");
        await Assertions.Expect(page.Locator("table.members tfoot")).ToContainTextAsync("3");
        await Assertions.Expect(page.Locator("table.members")).ToContainTextAsync("Sum Nord");
        await BrowserSteps.CheckAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sett medlemsmål per lokallag for 2027" }).ClickAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Alfa lokallag").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre målene" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("Lagret: vervemålene for 2027.");
        // At the start of the target year: the latest count against the new target, and no year end counted as 0 members.
        await page.GotoAsync(page.Url.Split('&')[0] + "&dato=2027-01-01");
        await Assertions.Expect(page.Locator("table.members tbody").First).ToContainTextAsync("-3");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ingen medlemstall ved årsskiftet 2026.");
        await page.GetByLabel("Navn").FillAsync("Verv 50 nye medlemmer");
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2025-01-01");
        await page.GetByLabel("Til og med").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start kampanjen" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-campaigns]")).ToContainTextAsync("Verv 50 nye medlemmer");
        await BrowserSteps.CheckAccessibleAsync(page);
    }
}
