using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>The signed links in a reminder: stop a kind with one click, choose without a user; forged or changed links change nothing.</summary>
public sealed class ReminderLinkTests
{
    private static readonly LocalDate Due = new(2026, 9, 10);

    private static async Task<(ReminderApp App, ReminderScene Scene, string Token)> MailedAsync()
    {
        var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await app.DecideAsync(Due.PlusDays(-7));
        var message = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        var token = HttpUtility.ParseQueryString(new Uri(message.UnsubscribeUrl!).Query)["t"]!;
        return (app, scene, token);
    }

    [Fact]
    public async Task OneClickUnsubscribe_StopsThatKind_ForThePersonOnly()
    {
        var (app, scene, token) = await MailedAsync();
        await using var _ = app;

        var response = await app.AnonymousClient().PostAsync($"/api/reminders/unsubscribe?t={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choice = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
        Assert.Equal((scene.Person, ReminderKind.MeasureDue, false), (choice.PersonId!.Value, choice.Kind, choice.Enabled));
        Assert.Contains(await ReminderFixtures.ListAsync(app, db => db.AuditEntries), a => a.EntityType == "ReminderPreference" && a.Actor == "Avmelding via lenke i påminnelse");
    }

    [Fact]
    public async Task Link_SignedBeforeARestart_StillStops_ForTheKeysLiveInTheDatabase()
    {
        var first = new ReminderApp(new TestDatabase(TestDatabase.ChosenProvider));
        var scene = await ReminderScene.BuildAsync(first);
        await ReminderFixtures.MeasureAsync(first, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await first.DecideAsync(Due.PlusDays(-7));
        var message = Assert.Single(await ReminderFixtures.ListAsync(first, db => db.OutboxMessages));
        await first.DisposeAsync();

        await using var restarted = new ReminderApp(first.Database);
        var response = await restarted.AnonymousClient().PostAsync(new Uri(message.UnsubscribeUrl!).PathAndQuery, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await ReminderFixtures.ListAsync(restarted, db => db.DataProtectionKeys));
        first.Database.Dispose();
    }

    [Fact]
    public async Task ForgedOrChangedLink_ChangesNothing_AndSaysSo()
    {
        var (app, _, token) = await MailedAsync();
        await using var __ = app;
        var anonymous = app.AnonymousClient();

        var changed = await anonymous.PostAsync($"/api/reminders/unsubscribe?t={Uri.EscapeDataString(token[..^4] + "AAAA")}", null);
        var forged = await anonymous.PostAsync("/api/reminders/unsubscribe?t=abc", null);
        var page = await anonymous.GetStringAsync("/varsler/avmelding?t=abc");
        var choose = await anonymous.GetAsync("/api/reminders/link?t=abc");

        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("ugyldig eller for gammel", await forged.Content.ReadAsStringAsync());
        Assert.Contains("Lenken er ugyldig eller for gammel, så ingenting er endret", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.NotFound, choose.StatusCode);
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
    }

    [Fact]
    public async Task StopLink_OpensNoChoices_ItStopsOneKindOnly()
    {
        var (app, _, token) = await MailedAsync();
        await using var __ = app;
        var anonymous = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/reminders/link?t={Uri.EscapeDataString(token)}")).StatusCode);
        var put = await anonymous.PutAsJsonAsync($"/api/reminders/link?t={Uri.EscapeDataString(token)}", new { kinds = new object[] { new { kind = "TermEnding", enabled = false } } });

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
    }

    [Fact]
    public async Task OldLink_AfterHalfAYear_ChangesNothing()
    {
        var (app, _, token) = await MailedAsync();
        await using var __ = app;
        // The links' lifetime is checked against the machine's time by ASP.NET's data protection, so the test ages the token instead.
        var links = app.Services.GetRequiredService<Arbeidsplan.Web.Features.Reminders.ReminderLinks>();
        Assert.NotNull(links.Read(token));

        var limited = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Arbeidsplan.Reminders.Links").ToTimeLimitedDataProtector();
        var old = DataProtectionAdvancedExtensions.Protect(limited, "stop|" + Guid.NewGuid().ToString("N") + "|measure-due", DateTimeOffset.UtcNow.AddDays(-1));

        Assert.Null(links.Read(old));
    }

    [Fact]
    public async Task PreferencesLink_ShowsAndSetsTheOwnersChoices_WithoutSignIn()
    {
        var (app, scene, _) = await MailedAsync();
        await using var __ = app;
        var message = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        var link = message.TextBody.Split('\n').Single(l => l.StartsWith("Velg hvilke påminnelser du får: ", StringComparison.Ordinal));
        var token = HttpUtility.ParseQueryString(new Uri(link.Split(": ")[1].Trim()).Query)["t"]!;
        var anonymous = app.AnonymousClient();

        var shown = await anonymous.GetFromJsonAsync<JsonElement>($"/api/reminders/link?t={Uri.EscapeDataString(token)}");
        var put = await anonymous.PutAsJsonAsync($"/api/reminders/link?t={Uri.EscapeDataString(token)}",
            new { kinds = new object[] { new { kind = "TermEnding", enabled = false } } });

        Assert.Equal("Nora Nestleder", shown.GetProperty("ownerName").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var choice = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
        Assert.Equal((scene.Person, ReminderKind.TermEnding, false), (choice.PersonId!.Value, choice.Kind, choice.Enabled));
        Assert.Contains("Velg påminnelser", await anonymous.GetStringAsync($"/varsler/lenke?t={Uri.EscapeDataString(token)}"));
    }
}
