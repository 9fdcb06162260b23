using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The county leader plans a board meeting (first without a start time), adds a case and sees the agenda numbered; checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_PlansAMeeting_AndAddsACase_NumberedInAgendaOrder()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/moter?org={browser.World.County}");
        await page.GetByLabel("Tittel").FillAsync("Styremøte i mai");
        await page.GetByLabel("Dag").FillAsync("2027-05-04");
        await page.GetByLabel("Fra kl.").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlegg møtet" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("Skriv når møtet begynner");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Fra kl.").FillAsync("18:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlegg møtet" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Styremøte i mai" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("4.5.2027 kl. 18:30");
        await page.GetByLabel("Tittel").FillAsync("Valgkampbudsjett");
        await page.GetByLabel("Forslag til vedtak").FillAsync("Budsjettet vedtas.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til saken" }).ClickAsync();

        var rows = page.Locator("section[aria-labelledby=h-agenda] tbody tr");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Valgkampbudsjett");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("Nummer ved innkalling");
        await BrowserSteps.CheckAccessibleAsync(page);
    }
}
