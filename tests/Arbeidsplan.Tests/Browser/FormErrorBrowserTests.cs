using System.Text;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>
/// Each form posts a bad value and shows the Norwegian error beside the field it is about (in that field's validation message,
/// not only in the summary on top), and saves nothing. The test clock says 1 June 2026.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormErrorBrowserTests(BrowserApp browser)
{
    private World W => browser.World;

    [Fact]
    public async Task Members_Targets_Import_AndCampaign_ShowTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        await page.GotoAsync($"{browser.BaseUrl}/medlemmer/mal?org={W.County}&ar=2031");
        // The browser itself refuses 2.5 in a whole-number field; the server must too.
        await WithoutBrowserChecksAsync(page, $"#t-{W.BranchA}");
        await page.GetByLabel("Alfa lokallag").FillAsync("2.5");
        await RefusedAsync(page, "Lagre målene", $"#t-{W.BranchA}", "Målet for Alfa lokallag må være et helt tall.", box: "tr");
        Assert.Equal(0, await CountAsync(db => db.MemberTargets.CountAsync(t => t.Year == 2031)));
        await BrowserSteps.CheckAccessibleAsync(page);
        // Saved, the members page says so and shows today's figures, not 1 January of the target year where no import is.
        await page.GetByLabel("Alfa lokallag").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre målene" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("Lagret: vervemålene for 2031.");
        Assert.DoesNotContain("dato=", page.Url);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Ved årsskiftet 2030");

        var snapshots = await CountAsync(db => db.MemberSnapshots.CountAsync());
        await page.GotoAsync($"{browser.BaseUrl}/medlemmer?org={W.County}&dato=2026-01-10");
        var csv = "Medlemsnummer;Lokallag;Betalt for år\n1;Alfa lokallag;2025";
        await page.GetByLabel("Fil (.csv eller .xlsx)").SetInputFilesAsync(new FilePayload { Name = "eksport.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByLabel("Uttrekksdato").FillAsync("2026-07-01");
        await RefusedAsync(page, "Importer", "#taken", "Datoen for uttrekket kan ikke være etter i dag.");
        Assert.Equal(snapshots, await CountAsync(db => db.MemberSnapshots.CountAsync()));

        await page.GetByLabel("Navn").FillAsync("Feil kampanje");
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2026-05-01");
        await page.GetByLabel("Til og med").FillAsync("2026-04-01");
        await RefusedAsync(page, "Start kampanjen", "#c-to", "Kampanjen kan ikke slutte før den begynner.");
        Assert.Equal(0, await CountAsync(db => db.RecruitmentCampaigns.CountAsync(c => c.Name == "Feil kampanje")));
        // What was typed is kept, to be corrected rather than typed again.
        await Expect(page.Locator("#c-name")).ToHaveValueAsync("Feil kampanje");
        await Expect(page.Locator("#c-from")).ToHaveValueAsync("2026-05-01");
        await Expect(page.Locator("#c-to")).ToHaveValueAsync("2026-04-01");
        // A date no browser would send is said in Norwegian beside its field, never as "The From field must be a date.".
        await page.Locator("#c-from").EvaluateAsync("e => { e.type = 'text'; }");
        await page.Locator("#c-from").FillAsync("31.02.2026");
        await WithoutBrowserChecksAsync(page, "#c-from");
        await RefusedAsync(page, "Start kampanjen", "#c-from", "Oppgi når kampanjen begynner og slutter.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("must be");
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task StudySetup_MaterialAndRequirement_ShowTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        var materials = await CountAsync(db => db.StudyMaterials.CountAsync());
        await page.GotoAsync($"{browser.BaseUrl}/studier/oppsett?org={W.County}&ar=2026");
        await RefusedAsync(page, "Legg til", "#m-name", "Navn må fylles ut.");
        Assert.Equal(materials, await CountAsync(db => db.StudyMaterials.CountAsync()));

        await page.Locator("#r-name").FillAsync("Feil krav");
        await page.Locator("#r-material").SelectOptionAsync("");
        await RefusedAsync(page, "Legg til kravet", "#r-material", "Velg hvilket studiemateriell som skal gjennomføres.");
        Assert.Equal(0, await CountAsync(db => db.StudyRequirements.CountAsync(r => r.Name == "Feil krav")));
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task Branch_Checks_Contact_Flag_AndClosing_ShowTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        var branch = W.BranchB;
        var checks = await CountAsync(db => db.BranchChecks.Where(c => c.BranchId == branch).Select(c => c.Version).SingleOrDefaultAsync());
        await page.GotoAsync($"{browser.BaseUrl}/lokallag/{branch}");
        await page.Locator("#web").FillAsync("2026-07-01");
        await RefusedAsync(page, "Lagre sjekkene", "#web", "En sjekk kan ikke være fram i tid.");
        Assert.Equal(checks, await CountAsync(db => db.BranchChecks.Where(c => c.BranchId == branch).Select(c => c.Version).SingleOrDefaultAsync()));

        var contacts = await CountAsync(db => db.ContactEntries.CountAsync(c => c.BranchId == branch));
        await page.Locator("#c-on").FillAsync("2026-07-01");
        await page.Locator("#c-note").FillAsync("Ringte i morgen.");
        await RefusedAsync(page, "Logg kontakten", "#c-on", "En kontakt kan ikke være fram i tid.");
        Assert.Equal(contacts, await CountAsync(db => db.ContactEntries.CountAsync(c => c.BranchId == branch)));

        var flags = await CountAsync(db => db.BranchFlags.CountAsync(f => f.BranchId == branch));
        await page.GetByLabel("Hva skal følges opp").FillAsync("Skjemafeil-flagget");
        await RefusedAsync(page, "Flagg lokallaget", "#r-Recruitment", "Velg minst én grunn til oppfølgingen.", box: "fieldset");
        Assert.Equal(flags, await CountAsync(db => db.BranchFlags.CountAsync(f => f.BranchId == branch)));

        await page.Locator("#r-Finances").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flagg lokallaget" }).ClickAsync();
        var flag = page.Locator("div.flag.open", new() { HasText = "Skjemafeil-flagget" });
        await flag.GetByRole(AriaRole.Button, new() { Name = "Lukk flagget" }).ClickAsync();
        await Expect(flag.Locator(".field .validation-message")).ToContainTextAsync("Hva ble gjort må fylles ut.");
        Assert.Equal(1, await CountAsync(db => db.BranchFlags.CountAsync(f => f.BranchId == branch && f.Note == "Skjemafeil-flagget" && f.ClosedOn == null)));
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task Feeds_AnOrganisationOutOfReach_ShowsTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        var feeds = await CountAsync(db => db.CalendarFeeds.CountAsync());
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/abonner?org={W.County}");
        await page.GetByLabel("Åpne hendelser i datoplanen til organisasjonen under").CheckAsync();
        // A choice the list never offers, as a hand-made post would send it.
        await page.Locator("#feed-org").EvaluateAsync("(s, id) => { s.options[0].value = id; s.selectedIndex = 0; }", Guid.NewGuid().ToString());
        await RefusedAsync(page, "Lag lenke", "#feed-org", "Velg en organisasjon du har tilgang til.");
        Assert.Equal(feeds, await CountAsync(db => db.CalendarFeeds.CountAsync()));
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task Templates_CopyConfirmApply_AndNewTemplate_ShowTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        var events = await CountAsync(db => db.Events.CountAsync());
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/maler?org={W.County}&ar=2026");
        await page.GetByLabel("Navn").FillAsync("Skjemamal");
        await page.Locator("#t-lines").FillAsync("Smørmåned | | Årsmøte | Årsmøter");
        await RefusedAsync(page, "Lagre malen", "#t-lines", "Linjen «Smørmåned | | Årsmøte | Årsmøter» kan ikke leses.");
        Assert.Equal(0, await CountAsync(db => db.EventTemplates.CountAsync(t => t.Name == "Skjemamal")));

        await page.Locator("#t-lines").FillAsync("Januar | | Årsmøte | Årsmøter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre malen" }).ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("Malen er lagret.");

        await YearAsync(page, "#copy-year", "Kopier til neste år");
        await YearAsync(page, "#confirm-year", "Bekreft alle utkast i året");
        var apply = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Lag utkast fra «Skjemamal»" }) });
        await YearAsync(page, $"#{await apply.Locator("input[type=number]").GetAttributeAsync("id")}", "Lag utkast fra «Skjemamal»");
        Assert.Equal(events, await CountAsync(db => db.Events.CountAsync()));
        await BrowserSteps.CheckAccessibleAsync(page);
    }

    [Fact]
    public async Task Rules_ADeadlineTooFarAhead_ShowsTheErrorBesideTheField()
    {
        var page = await SignedInAsync();
        await page.GotoAsync($"{browser.BaseUrl}/datoplan/regler?org={W.County}&ar=2026");
        await page.Locator("#d-title").FillAsync("Feil frist");
        await page.Locator("#d-days").FillAsync("400");
        await RefusedAsync(page, "Lagre fristen", "#d-days", "Antall dager før må være mellom 0 og 365.");
        Assert.Equal(0, await CountAsync(db => db.DeadlineRules.CountAsync(r => r.Title == "Feil frist")));
    }

    /// <summary>A year outside 2000–2100 in one of the templates page's year fields, past the browser's own min and max.</summary>
    private static async Task YearAsync(IPage page, string field, string button)
    {
        await WithoutBrowserChecksAsync(page, field);
        await page.Locator(field).FillAsync("1999");
        await RefusedAsync(page, button, field, "Oppgi et år mellom 2000 og 2100.");
    }

    /// <summary>Posts the form with its button and expects the message beside the field.</summary>
    private static async Task RefusedAsync(IPage page, string button, string field, string message, string box = ".field")
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(Beside(page, field, box)).ToContainTextAsync(message);
        // The page opens at the form, with focus on its error summary, not at the top of the page.
        await Expect(page.Locator(".alert[role=alert]")).ToBeFocusedAsync();
    }

    private static async Task WithoutBrowserChecksAsync(IPage page, string field) =>
        await page.Locator("form", new() { Has = page.Locator(field) }).EvaluateAsync("f => { f.noValidate = true; }");

    /// <summary>The validation message in the field's own box (or row), where the user reads it beside the field.</summary>
    private static ILocator Beside(IPage page, string field, string box = ".field") =>
        page.Locator(box, new() { Has = page.Locator(field) }).Locator(".validation-message");

    private async Task<IPage> SignedInAsync()
    {
        var page = await browser.NewPageAsync();
        await BrowserSteps.SignInAsync(page, browser.BaseUrl, W.CountyLeaderUser, AppFactory.Password);
        return page;
    }

    private Task<T> CountAsync<T>(Func<AppDbContext, Task<T>> query) => browser.App.WithDbAsync(query);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
