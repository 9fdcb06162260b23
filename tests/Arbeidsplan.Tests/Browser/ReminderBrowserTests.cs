using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>The county leader reads a notification, chooses her reminders (first a number out of range); the administrator previews and opens the outbox; axe-core on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReminderBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_ReadsANotification_AndChoosesHerReminders()
    {
        await browser.App.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification($"browser:{Guid.NewGuid():N}", browser.World.CountyLeader, ReminderKind.MeasureDue,
                "Frist 10.6.2026: 1.1 Verve nye medlemmer", "Tiltak: 1.1 Verve nye medlemmer\nFrist: 10.6.2026", "/plan", browser.App.Clock.GetCurrentInstant()));
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);

        await Assertions.Expect(page.Locator("#h-notifications")).ToContainTextAsync("1 uleste");
        await page.GotoAsync($"{browser.BaseUrl}/varsler");
        await Assertions.Expect(page.Locator("ul.notifications")).ToContainTextAsync("Frist 10.6.2026: 1.1 Verve nye medlemmer");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Merk som lest" }).ClickAsync();
        await Assertions.Expect(page.Locator("ul.notifications li.read")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Velg hvilke påminnelser du får" }).ClickAsync();
        await page.GetByLabel("Dager i forveien: Frist for tiltak nærmer seg").FillAsync("200");
        // The browser holds the range itself (min and max on the field); the server's own refusal is in the API tests.
        Assert.False(await page.GetByLabel("Dager i forveien: Frist for tiltak nærmer seg").EvaluateAsync<bool>("e => e.checkValidity()"));
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Dager i forveien: Frist for tiltak nærmer seg").FillAsync("10");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Verv går ut" }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();

        await Assertions.Expect(page.Locator("div.alert[role=status]")).ToContainTextAsync("Valgene er lagret");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Dager i forveien: Frist for tiltak nærmer seg")).ToHaveValueAsync("10");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Verv går ut" })).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Administrator_PreviewsTheDay_AndOpensTheOutbox()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.Admin, AppFactory.Password, browser.App);

        await page.GotoAsync($"{browser.BaseUrl}/paminnelser?dato=ikke-en-dato");
        await Assertions.Expect(page.Locator("#on-error")).ToContainTextAsync("ÅÅÅÅ-MM-DD");
        await page.GotoAsync($"{browser.BaseUrl}/paminnelser?dato=2026-06-01");
        await Assertions.Expect(page.Locator("#preview-summary")).ToContainTextAsync("1.6.2026 og 6 dager til:");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Hvor lenge").SelectOptionAsync(new SelectOptionValue { Label = "Én dag" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-summary")).ToContainTextAsync("1.6.2026:");
        await page.GotoAsync($"{browser.BaseUrl}/utboks");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Utboks" })).ToBeVisibleAsync();
        await BrowserSteps.CheckAccessibleAsync(page);
    }
}
