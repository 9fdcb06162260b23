using Microsoft.EntityFrameworkCore;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>A county secretary's tour of the register in a real browser, each page checked with axe-core for WCAG 2.1 A/AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterBrowserTests(BrowserApp browser)
{
    private World W => browser.World;

    [Fact]
    public async Task Secretary_AddsBranchAppointsAndInvitesRegionContact_WhoSeesOnlyTheRegion()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, W.CountyLeaderUser, AppFactory.Password);
        await CheckAccessibleAsync(page);

        await page.GotoAsync($"{browser.BaseUrl}/organisasjoner");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Testfylke parti" })).ToBeVisibleAsync();
        await CheckAccessibleAsync(page);

        await page.GotoAsync($"{browser.BaseUrl}/organisasjoner/ny?under={W.County}");
        await CheckAccessibleAsync(page);
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Navn må fylles ut.");
        await CheckAccessibleAsync(page);
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Zeta lokallag");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Lokallag" });
        await page.GetByLabel("Region (for lokallag)").SelectOptionAsync(new SelectOptionValue { Label = "Sør" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zeta lokallag", Level = 1 })).ToBeVisibleAsync();
        await CheckAccessibleAsync(page);

        await AppointRegionContactAsync(page);
        var invited = await InviteAndSignInAsync(page);

        await invited.GotoAsync($"{browser.BaseUrl}/organisasjoner");
        var links = await invited.Locator("ul.tree a").AllInnerTextsAsync();
        Assert.Equal(["Gamma lokallag", "Zeta lokallag"], links.Order().ToList());
        var response = await invited.GotoAsync($"{browser.BaseUrl}/organisasjoner/{W.BranchA}");
        Assert.Equal(404, response!.Status);
    }

    /// <summary>A new person made region contact for Sør, the wrong period refused first.</summary>
    private async Task AppointRegionContactAsync(IPage page)
    {
        await page.GotoAsync($"{browser.BaseUrl}/personer/ny?organisasjon={W.County}");
        await page.GetByLabel("Navn").FillAsync("Sander Sør");
        await page.GetByLabel("E-post").FillAsync("sander@test.no");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sander Sør" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Utnevn til verv" }).ClickAsync();
        await CheckAccessibleAsync(page);
        await page.GetByLabel("Verv", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Regionkontakt" });
        await page.GetByLabel("Organisasjon").SelectOptionAsync(new SelectOptionValue { Label = "Testfylke parti" });
        await page.GetByLabel("Region (for regionkontakter)").SelectOptionAsync(new SelectOptionValue { Label = "Sør" });
        await page.GetByLabel("Fra dato").FillAsync("2026-03-01");
        await page.GetByLabel("Til dato (tom for løpende)").FillAsync("2026-02-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utnevn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Perioden kan ikke slutte før den begynner.");
        await page.GetByLabel("Til dato (tom for løpende)").FillAsync("2027-02-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utnevn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Regionkontakt", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>The invitation link opened in a fresh browser: a short password refused, then the account made and signed in.</summary>
    private async Task<IPage> InviteAndSignInAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter som bruker" }).ClickAsync();
        var link = await page.Locator("code.link").InnerTextAsync();
        await CheckAccessibleAsync(page);

        var invited = await NewPageAsync();
        await invited.GotoAsync(link);
        await CheckAccessibleAsync(invited);
        await invited.GetByLabel("Passord").FillAsync("kort");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Lag bruker og logg inn" }).ClickAsync();
        await Expect(invited.GetByRole(AriaRole.Alert)).ToContainTextAsync("minst 10 tegn");
        await invited.GetByLabel("Passord").FillAsync("Sander-passord-1");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Lag bruker og logg inn" }).ClickAsync();
        await Expect(invited.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })).ToBeVisibleAsync();
        return invited;
    }

    [Fact]
    public async Task RegisterPages_PassAxeForWcag21AA()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{browser.BaseUrl}/logg-inn");
        await CheckAccessibleAsync(page);
        await SignInAsync(page, W.Admin, AppFactory.Password);
        foreach (var path in new[]
                 {
                     "/", "/organisasjoner", $"/organisasjoner/{W.County}", $"/organisasjoner/{W.BranchA}", $"/regioner/{W.North}",
                     $"/organer/{W.Board}", $"/organer/{W.Board}/rediger", "/personer", $"/personer/{W.CountyLeader}",
                     $"/personer/{W.CountyLeader}/rediger", "/vervtyper", $"/vervtyper/{W.Leader}", "/vervtyper/importer", "/kommuner", "/brukere",
                     "/revisjonslogg", "/plan", "/datoplan", "/ingen-tilgang",
                 })
        {
            var response = await page.GotoAsync(browser.BaseUrl + path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await CheckAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task EditForm_SavedMeanwhileBySomeoneElse_SaysSoAndKeepsTheirChange()
    {
        var first = await NewPageAsync();
        var second = await NewPageAsync();
        await SignInAsync(first, W.CountyLeaderUser, AppFactory.Password);
        await SignInAsync(second, W.CountyLeaderUser, AppFactory.Password);
        await first.GotoAsync($"{browser.BaseUrl}/organisasjoner/{W.BranchB}/rediger");
        await second.GotoAsync($"{browser.BaseUrl}/organisasjoner/{W.BranchB}/rediger");

        await first.GetByLabel("Kortnavn (valgfritt)").FillAsync("Beta først");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Beta lokallag", Level = 1 })).ToBeVisibleAsync();
        await second.GetByLabel("Kortnavn (valgfritt)").FillAsync("Beta sist");
        await second.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Noen andre har endret dette");
        await CheckAccessibleAsync(second);
        await first.ReloadAsync();
        await Expect(first.GetByText("Beta først")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EveryEditForm_SavesWhatWasTyped()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, W.Admin, AppFactory.Password);
        async Task Save(string button = "Lagre") => await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        await page.GotoAsync($"{browser.BaseUrl}/personer/{W.BranchLeader}/rediger");
        await page.GetByLabel("Telefon").FillAsync("+47 912 34 567");
        await Save();
        await Expect(page.GetByText("+47 912 34 567")).ToBeVisibleAsync();
        await page.GetByLabel("Forsamling").FillAsync("Alfa kommunestyre");
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2023-10-01");
        await Save("Legg til");
        await Expect(page.GetByText("Kommunestyrerepresentant, Alfa kommunestyre")).ToBeVisibleAsync();

        await EditRegionAndBodiesAsync(page, Save);
        await EditPositionTypesAsync(page, Save);
        await AddMunicipalityAsync(page, Save);
    }

    private async Task EditRegionAndBodiesAsync(IPage page, Func<string, Task> save)
    {
        await page.GotoAsync($"{browser.BaseUrl}/regioner/{W.North}");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Nordlandet");
        await save("Lagre navn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nordlandet", Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync($"{browser.BaseUrl}/organer/ny?organisasjon={W.National}");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Samarbeidsrådet");
        await page.GetByLabel("Testfylke parti").CheckAsync();
        await save("Lagre");
        await Expect(page.GetByText("Henter medlemmer også fra")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre", Exact = true }).ClickAsync();
        await page.GetByLabel("Beskrivelse og oppgaver").FillAsync("Møtes to ganger i året.");
        await save("Lagre");
        await Expect(page.GetByText("Møtes to ganger i året.")).ToBeVisibleAsync();

        await page.GotoAsync($"{browser.BaseUrl}/organer/{W.Board}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Legg til medlem" }).ClickAsync();
        await page.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = "Rolf Regionkontakt (Testfylke parti)" });
        await page.GetByLabel("Verv", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Styremedlem" });
        await page.GetByLabel("Fra dato").FillAsync("2026-02-15");
        await save("Utnevn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre Styremedlem" }).ClickAsync();
        await page.GetByLabel("Til dato (tom for løpende)").FillAsync("2026-05-31");
        await save("Lagre perioden");
        await Expect(page.GetByText("15.2.2026–31.5.2026 (ikke aktiv)")).ToBeVisibleAsync();
    }

    private async Task EditPositionTypesAsync(IPage page, Func<string, Task> save)
    {
        await page.GotoAsync($"{browser.BaseUrl}/vervtyper/{W.BoardMember}");
        await page.GetByLabel("Arbeidsinstruks (én oppgave per linje)").FillAsync("Møte forberedt\nHolde kontakt med lokallagene");
        await save("Lagre");
        await Expect(page.GetByText("Holde kontakt med lokallagene")).ToBeVisibleAsync();
        // Saving the duties keeps the roles the form showed chosen.
        Assert.Equal(Arbeidsplan.Domain.Register.PositionRole.VotesInBody,
            await browser.App.WithDbAsync(db => db.PositionTypes.Where(t => t.Id == W.BoardMember).Select(t => t.Roles).SingleAsync()));

        await page.GotoAsync($"{browser.BaseUrl}/vervtyper/importer");
        await page.GetByLabel("Arbeidsinstruks").FillAsync("Studieleder:\n• Følge opp studiearbeidet\n• Holde kurs i\n  lokallagene");
        await save("Vis hva som blir lest");
        await Expect(page.GetByText("Holde kurs i lokallagene", new() { Exact = true })).ToBeVisibleAsync();
        await save("Lagre arbeidsinstruksene");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lagret" })).ToBeVisibleAsync();
        await CheckAccessibleAsync(page);
    }

    private async Task AddMunicipalityAsync(IPage page, Func<string, Task> save)
    {
        await page.GotoAsync($"{browser.BaseUrl}/kommuner");
        await page.GetByLabel("Kommunenummer").FillAsync("12");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Kortby");
        await save("Legg til kommune");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("fire sifre");
        await page.GetByLabel("Kommunenummer").FillAsync("3401");
        await save("Legg til kommune");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Kortby" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Layout_OnAPhone_KeepsNavigationReachable()
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        await SignInAsync(page, W.CountyLeaderUser, AppFactory.Password);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });
        await Expect(menu).ToBeVisibleAsync();
        // The menu folds behind «Meny», so the page's own heading is on the first screen; the button opens it.
        var toggle = menu.GetByRole(AriaRole.Button, new() { Name = "Meny" });
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Personer" })).ToBeHiddenAsync();
        Assert.True((await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).BoundingBoxAsync())!.Y < 740);
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Personer" })).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"The page is {width}px wide on a 375px phone");
        await CheckAccessibleAsync(page);
    }

    private async Task<IPage> NewPageAsync()
    {
        return await browser.NewPageAsync();
    }

    private Task SignInAsync(IPage page, string email, string password) => BrowserSteps.SignInAsync(page, browser.BaseUrl, email, password, browser.App);

    private static Task CheckAccessibleAsync(IPage page) => BrowserSteps.CheckAccessibleAsync(page);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
