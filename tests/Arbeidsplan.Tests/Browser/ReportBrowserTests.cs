using System.Net.Http.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>
/// The county leader rewrites a section of the annual report, and records her annual meeting's constitution, first with the
/// same person signing twice (the error stands by the field), then right. Checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_RewritesASection_OfTheAnnualReport()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/rapporter?org={browser.World.County}&ar=2026");
        await BrowserSteps.CheckAccessibleAsync(page);

        var section = page.Locator("#del-Organisation");
        await section.GetByRole(AriaRole.Textbox).FillAsync("Styret var fulltallig hele året.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Lagre teksten" }).ClickAsync();

        await Assertions.Expect(page.Locator("#del-Organisation textarea")).ToHaveValueAsync("Styret var fulltallig hele året.");
        await Assertions.Expect(page.Locator("#del-Organisation label")).ToContainTextAsync("versjon 1");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task CountyLeader_UploadsTheLogo_WithAWrongFileRefusedByTheField()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/organisasjoner/{browser.World.County}/rediger");

        await page.GetByLabel("Last opp en logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = "ikke et bilde"u8.ToArray() });
        await page.Locator("#logo").GetByRole(AriaRole.Button, new() { Name = "Last opp", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#logo")).ToContainTextAsync("Filen er ikke et PNG- eller JPEG-bilde.");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Last opp en logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = WalkWorld.Logo });
        await page.Locator("#logo").GetByRole(AriaRole.Button, new() { Name = "Last opp", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#logo img")).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task CountyLeader_RecordsTheConstitution_AndTheSameSignerTwiceIsSaidByTheField()
    {
        var body = await browser.App.Register().BodyAsync(browser.World.County, "Nettleserårsmøtet", BodyKind.AnnualMeeting);
        var kari = await browser.App.SignedInClientAsync(browser.World.CountyLeaderUser);
        var meeting = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = browser.World.County, bodyId = body, title = "Årsmøtet 2027", date = "2027-03-13", startTime = "10:00" }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/moter/{meeting}/arsmote");

        await page.GetByLabel("Møteleder").FillAsync("Anne Dirigent");
        await page.GetByLabel("Referent").FillAsync("Rita Referent");
        await page.GetByLabel("Første protokollunderskriver").FillAsync("Per Pen");
        await page.GetByLabel("Andre protokollunderskriver").FillAsync("Per Pen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre konstitueringen" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("to ulike personer");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Andre protokollunderskriver").FillAsync("Siv Strek");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre konstitueringen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#konstituering dl.facts")).ToContainTextAsync("Per Pen og Siv Strek");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task CountyLeader_EntersTheAccounts_AnAmountThatIsNotOneSaidByItsField_ThenTheSectionShowsThem()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/rapporter?org={browser.World.County}&ar=2025");

        await page.GetByLabel("Sum inntekter").FillAsync("tolv tusen");
        await page.GetByLabel("Sum kostnader").FillAsync("9 500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre regnskapstallene" }).ClickAsync();
        await Assertions.Expect(page.Locator("#regnskap div.validation-message")).ToContainTextAsync("«tolv tusen» er ikke et beløp");
        await Assertions.Expect(page.GetByLabel("Sum kostnader")).ToHaveValueAsync("9 500");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Sum inntekter").FillAsync("12 000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre regnskapstallene" }).ClickAsync();

        await Assertions.Expect(page.Locator("#del-Finances dl.facts")).ToContainTextAsync("2 500");
        await Assertions.Expect(page.GetByLabel("Last opp revisors beretning")).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
    }
}
