using System.Text.RegularExpressions;
using Arbeidsplan.Tests.Features.Meetings;
using System.Net.Http.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>
/// The county leader plans a board meeting (first without a start time), adds a case, sees the agenda numbered and sends the
/// notice; a member answers forfall from the link in the e-mail without signing in. Checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MeetingBrowserTests(BrowserApp browser)
{
    [Fact]
    public async Task CountyLeader_PlansAMeeting_AddsACase_AndSendsTheNotice()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, browser.World.CountyLeaderUser, AppFactory.Password);
        await page.GotoAsync($"{browser.BaseUrl}/moter?org={browser.World.County}");
        await page.GetByLabel("Tittel").FillAsync("Styremøte i mai");
        await page.GetByLabel("Dag").FillAsync("2027-05-04");
        await page.GetByLabel("Fra kl.", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlegg møtet" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message")).ToContainTextAsync("Skriv når møtet begynner");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Fra kl.", new() { Exact = true }).FillAsync("18:30");
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

        await page.GetByRole(AriaRole.Button, new() { Name = "Send innkalling" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Innkallingen er lagt i utsendingskøen");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("Sak 4/27");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task Member_AnswersForfall_FromTheLinkInTheNotice_WithoutSigningIn()
    {
        var c = await Committee.CreateAsync(browser.App, browser.World, "Nettlesterstyret");
        var kari = await browser.App.SignedInClientAsync(browser.World.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(browser.World, kari, c.Body);
        (await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await browser.App.VersionAsync(meeting)}", null)).EnsureSuccessStatusCode();
        var text = await browser.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == c.Email("medlem")).Select(m => m.TextBody).SingleAsync());
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + AnswerLink().Match(text).Value);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Medlem Nettlesterstyret");
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByLabel("Merknad").FillAsync("Er på jobbreise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Jeg har forfall" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Forfallet er lagret");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Forfall");
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Key.StartsWith("call:") && m.ToAddress == c.Email("vara1"))));
    }

    [Fact]
    public async Task Secretary_WritesTheMinutes_OnAPhone_AndTwoMembersPresentSignThem()
    {
        var c = await Committee.CreateAsync(browser.App, browser.World, "Protokollstyret");
        var kari = await browser.App.SignedInClientAsync(browser.World.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(browser.World, kari, c.Body, "Styremøte i mai", "2026-05-20");
        await ApiResponses.Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Valgkampbudsjett", proposedDecision = "Budsjettet vedtas." }));
        await browser.App.Register().UserAsync(c.Email("sekretær"), c.Secretary);
        await browser.App.Register().UserAsync(c.Email("leder"), c.Leader);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, c.Email("sekretær"), AppFactory.Password);

        await page.GotoAsync($"{browser.BaseUrl}/moter/{meeting}/protokoll");
        await page.GetByLabel("Leder Protokollstyret").CheckAsync();
        await page.GetByLabel("Sekretær Protokollstyret").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre hvem som var til stede" }).ClickAsync();
        var item = page.Locator("article.case", new() { HasText = "Valgkampbudsjett" });
        await item.GetByLabel("Referat fra drøftingen").FillAsync("Styret drøftet rammen.");
        await item.GetByLabel("Vedtak", new() { Exact = true }).FillAsync("Budsjettet vedtas med endringer.");
        await item.GetByLabel("Avstemning").SelectOptionAsync("Majority");
        await item.GetByLabel("Stemmer mot (ved flertall)").FillAsync("1");
        await item.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("article.case", new() { HasText = "Valgkampbudsjett" }).GetByLabel("Vedtak", new() { Exact = true })).ToHaveValueAsync("Budsjettet vedtas med endringer.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"));
        await BrowserSteps.CheckAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Signer protokollen" }).ClickAsync();

        var leader = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(leader, browser.BaseUrl, c.Email("leder"), AppFactory.Password);
        await leader.GotoAsync($"{browser.BaseUrl}/moter/{meeting}/protokoll");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Signer protokollen" }).ClickAsync();

        await Assertions.Expect(leader.Locator("#godkjenning")).ToContainTextAsync("Godkjent");
        await Assertions.Expect(leader.Locator("article.case", new() { HasText = "Valgkampbudsjett" })).ToContainTextAsync("Vedtatt mot 1 stemme");
        await BrowserSteps.CheckAccessibleAsync(leader);
    }

    [GeneratedRegex(@"/moter/svar\?t=\S+")]
    private static partial Regex AnswerLink();
}
