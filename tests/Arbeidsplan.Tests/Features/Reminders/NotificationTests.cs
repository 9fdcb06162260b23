using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>Varsler: what was sent, in the app, for its owner only; read and unread.</summary>
public sealed class NotificationTests
{
    private static readonly LocalDate Due = new(2026, 9, 10);

    [Fact]
    public async Task Mine_ListsTheReminder_MarksItRead_AndAnothersIsNotFound()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        var other = await app.Register().PersonAsync("Ola Annen", scene.County, ReminderScene.UniqueEmail("ola"));
        await app.DecideAsync(Due.PlusDays(-7));
        var nora = await app.SignedInClientAsync(await app.Register().UserAsync(scene.Email, scene.Person));
        var ola = await app.SignedInClientAsync(await app.Register().UserAsync(ReminderScene.UniqueEmail("ola"), other));

        var list = await nora.GetFromJsonAsync<JsonElement>("/api/notifications");
        var id = list.GetProperty("page").GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(1, list.GetProperty("unread").GetInt32());
        Assert.Equal(0, (await ola.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("page").GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await ola.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nora.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(0, (await nora.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("unread").GetInt32());
        var page = await nora.GetStringAsync("/varsler");
        Assert.Contains("Frist 10.9.2026: 1.1 Verve nye medlemmer", page);
    }

    [Fact]
    public async Task Preview_WithADateThatIsNoDate_Is400InNorwegian_AndWritesNothing()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        var admin = await app.SignedInClientAsync(await app.Register().UserAsync(ReminderScene.UniqueEmail("admin"), administrator: true));

        var bad = await admin.GetAsync("/api/reminders/preview?on=3.9.2026");
        var good = await admin.GetFromJsonAsync<JsonElement>("/api/reminders/preview?on=2026-09-03");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ÅÅÅÅ-MM-DD", await bad.Content.ReadAsStringAsync());
        Assert.Equal("Nora Nestleder", good.GetProperty("reminders")[0].GetProperty("personName").GetString());
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.Notifications));
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        Assert.Contains("Nora Nestleder", await admin.GetStringAsync("/paminnelser?dato=2026-09-03"));
    }

    [Fact]
    public async Task PersonalData_ExportsAndErasesTheRemindersOfAPerson()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await app.DecideAsync(Due.PlusDays(-7));
        var admin = await app.SignedInClientAsync(await app.Register().UserAsync(ReminderScene.UniqueEmail("admin"), administrator: true));

        var export = await admin.GetStringAsync($"/api/persons/{scene.Person}/personal-data");
        Assert.Contains("Påminnelser og varsler", export);
        Assert.Contains("E-post i utboksen", export);
        var erase = await admin.PostAsJsonAsync($"/api/persons/{scene.Person}/erase", new { confirmName = "Nora Nestleder" });

        Assert.True(erase.IsSuccessStatusCode, await erase.Content.ReadAsStringAsync());
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.Notifications));
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
    }
}
