using System.Net.Http.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The county secretary's date plan in a real browser: import, a weekly series, the views, rules, templates and a feed; each page checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DatePlanBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task Secretary_ImportsAddsASeriesAndSeesTheYearAsTableCalendarAndWheel()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        var org = browser.World.County;

        await ImportTheYearAsync(page, org);
        await AdoptAPlanWithAWeeklyMeasureAsync(page, org);
        await AddAWeeklySeriesForTheMeasureAsync(page);
        await SeeTheYearAsCalendarWheelAndListAsync(page, org);
        await SaveAWindowAndSeeWhoIsOutsideItAsync(page, org);
        await DraftNextYearFromATemplateAsync(page, org);
        await SubscribeAndWithdrawTheFeedAsync(page, org);
    }

    [Fact]
    public async Task Secretary_DeletesAnEvent_OnlyAfterSayingYesToTheQuestionThatNamesIt()
    {
        var title = $"Slettemøte {Guid.NewGuid():N}"[..20];
        var kari = await browser.App.SignedInClientAsync(browser.World.CountyLeaderUser);
        var id = await Support.ApiResponses.Created(await kari.PostAsJsonAsync("/api/events", new
        {
            organisationId = browser.World.County, kindId = Arbeidsplan.Domain.DatePlan.EventKind.IdOf(Arbeidsplan.Domain.DatePlan.EventKind.BoardMeeting),
            title, startDate = "2026-10-13", startTime = "18:00", endTime = "20:00",
        }));
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        var url = $"{browser.BaseUrl}/datoplan/hendelse/{id}";
        await page.GotoAsync(url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Slett…" }).ClickAsync();
        await Expect(page.Locator("form.confirm [role=alert]")).ToContainTextAsync($"Slette «{title}»");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.Locator("form.confirm").GetByRole(AriaRole.Link, new() { Name = "Avbryt" }).ClickAsync();
        await Expect(page.Locator("form.confirm")).ToHaveCountAsync(0);
        Assert.Equal(200, (await page.GotoAsync(url))!.Status);
        await page.GetByRole(AriaRole.Button, new() { Name = "Slett…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, slett" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Hendelsen er slettet." })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync(title);
        Assert.Equal(404, (await page.GotoAsync(url))!.Status);
    }

    /// <summary>A paste with an impossible date is shown as an error before a good one is imported; ends on the year's date plan, where the series is added.</summary>
    private async Task ImportTheYearAsync(IPage page, Guid org)
    {
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/importer?org={org}&ar=2026");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Eller lim inn tabellen").FillAsync("Måned\tDato\tAktivitet\nMars\t31.2.\tUmulig\n\t17.\tFylkesstyremøte");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis hva som blir importert" }).ClickAsync();
        await Expect(page.Locator("tr.error")).ToContainTextAsync("31. februar 2026 finnes ikke.");
        await page.GetByLabel("Eller lim inn tabellen").FillAsync("Måned\tDato\tAktivitet\nMars\t17.\tFylkesstyremøte Testfylke\nApril\t21.-23.\tFylkesting, Scandic Hamar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis hva som blir importert" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 hendelser");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer 2 hendelser" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Datoplan Testfylke parti 2026" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.dateplan")).ToContainTextAsync("21.-23.");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    private async Task AdoptAPlanWithAWeeklyMeasureAsync(IPage page, Guid org)
    {
        var plan = await (await page.APIRequest.PostAsync($"{browser.BaseUrl}/api/plans", new() { DataObject = new { organisationId = org, title = "Datoplanens plan", kind = "Annual", fromYear = 2026 } })).JsonAsync();
        var planId = plan!.Value.GetProperty("id").GetString();
        await page.APIRequest.PostAsync($"{browser.BaseUrl}/api/plans/{planId}/measures", new() { DataObject = new { code = "3.1", text = "Ukentlig morgenmøte for tillitsvalgte", owner = "Leder", timing = "hver tirsdag" } });
        await page.APIRequest.PostAsync($"{browser.BaseUrl}/api/plans/{planId}/adopt", new() { DataObject = new { meeting = "Fylkesårsmøtet", on = "2026-02-15", version = 1 } });
    }

    /// <summary>From the date plan: a weekly series is refused until it ends, then tied to the plan's measure, and one meeting is cancelled.</summary>
    private static async Task AddAWeeklySeriesForTheMeasureAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny hendelse" }).ClickAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Aktivitet").FillAsync("Tirsdagsmøte");
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("2026-06-02");
        await page.GetByLabel("Fra kl. (tomt: heldags)").FillAsync("08:00");
        await page.GetByLabel("Til kl.").FillAsync("08:45");
        await page.GetByLabel("Hvor ofte").SelectOptionAsync("Weekly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(page.Locator("div.alert")).ToContainTextAsync("sluttdato eller et antall");
        await page.GetByLabel("Til og med", new() { Exact = true }).FillAsync("2026-08-25");
        await page.GetByLabel("3.1 Ukentlig morgenmøte for tillitsvalgte").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Hver tirsdag, til og med 25.8.2026");
        await Expect(page.Locator("main")).ToContainTextAsync("3.1 Ukentlig morgenmøte for tillitsvalgte");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Avlys denne: 9. juni 2026 kl. 08.00–08.45" }).ClickAsync();
        await Expect(page.Locator("form.confirm [role=alert]")).ToContainTextAsync("De andre i serien blir stående.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("9.6.2026: avlyst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, avlys" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("9.6.2026: avlyst");
        await Expect(page.Locator("main")).ToContainTextAsync("Avlyst: 9.6.2026.");
    }

    private async Task SeeTheYearAsCalendarWheelAndListAsync(IPage page, Guid org)
    {
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/kalender?org={org}&ar=2026&mnd=6");
        await Expect(page.Locator("table.month-grid")).ToContainTextAsync("08.00 Tirsdagsmøte");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/arshjul?org={org}&ar=2026");
        await Expect(page.Locator("svg path.wheel-arc").First).ToBeVisibleAsync();
        await Expect(page.Locator("section.wheel-list")).ToContainTextAsync("Fylkesting, Scandic Hamar".Split(',')[0]);
        await BrowserSteps.CheckAccessibleAsync(page);
        // By keyboard: the focused arc names its event in the hub, and the skip link jumps past the wheel to the list.
        var arc = page.Locator("figure.wheel svg a").First;
        await arc.FocusAsync();
        await Expect(arc.Locator("text.wheel-focus-label")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.wheel svg a").Nth(1).Locator("text.wheel-focus-label")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hopp over årshjulet til listen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#list-heading", page.Url);
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/kommende?org={org}&ar=2026");
        await Expect(page.Locator("ul.upcoming")).ToContainTextAsync("Tirsdagsmøte");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    private async Task SaveAWindowAndSeeWhoIsOutsideItAsync(IPage page, Guid org)
    {
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/regler?org={org}&ar=2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre vinduet" }).ClickAsync();
        await Expect(page.Locator("ul.compliance")).ToContainTextAsync("Alfa lokallag: ikke datert");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    private async Task DraftNextYearFromATemplateAsync(IPage page, Guid org)
    {
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/maler?org={org}&ar=2026");
        await page.GetByLabel("Navn").FillAsync("Valgår");
        await page.GetByLabel("Én aktivitet per linje: måned | dag (valgfri) | type | aktivitet").FillAsync("Januar | | Årsmøte | Lokallagsårsmøter\nSeptember | 13 | Valg | Valgdagen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre malen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag utkast fra «Valgår»" }).ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("2 utkast lagt inn i 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kopier til neste år" }).ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("kopiert til 2027 som utkast");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    private async Task SubscribeAndWithdrawTheFeedAsync(IPage page, Guid org)
    {
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/abonner?org={org}");
        await page.GetByLabel("Åpne hendelser i datoplanen til organisasjonen under").CheckAsync();
        await page.GetByLabel("Organisasjon", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Testfylke parti" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag lenke" }).ClickAsync();
        var url = await page.GetByLabel("Lenke for Google Kalender («Fra URL») og Outlook («Abonner fra nettet»)").InputValueAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
        var feed = await page.APIRequest.GetAsync(url);
        Assert.Contains("SUMMARY:Fylkesting", await feed.TextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Trekk tilbake Datoplan" }).ClickAsync();
        // Asked first, naming the link: nothing is revoked until the answer is yes.
        await Expect(page.Locator("form.confirm [role=alert]")).ToContainTextAsync("Trekke tilbake lenken til «Datoplan");
        Assert.Equal(200, (await page.APIRequest.GetAsync(url)).Status);
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk tilbake" }).ClickAsync();
        await Expect(page.Locator("table.list")).ToContainTextAsync("Trukket tilbake");
        await Expect(page.Locator("main")).ToContainTextAsync("Lenken er trukket tilbake.");
        Assert.Equal(404, (await page.APIRequest.GetAsync(url)).Status);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
