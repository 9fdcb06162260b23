using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>The outbox keeps what the mail server did not take: a restart, a server that is down, one that refuses.</summary>
public sealed class OutboxTests
{
    private static readonly LocalDate Due = new(2026, 9, 10);
    private static readonly LocalDate Day = Due.PlusDays(-7);

    [Fact]
    public async Task SenderKilledAfterTheDecision_AfterRestart_SendsTheMessageExactlyOnce()
    {
        var first = new ReminderApp(new TestDatabase(TestDatabase.ChosenProvider));
        var scene = await ReminderScene.BuildAsync(first);
        await ReminderFixtures.MeasureAsync(first, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        Assert.Equal((1, 1), await first.DecideAsync(Day));
        // The process dies between writing the message and sending it: nothing has reached the server.
        await first.DisposeAsync();
        Assert.Empty(RealSmtpServer.MessagesTo(scene.Email));

        await using var restarted = new ReminderApp(first.Database);
        Assert.Equal((0, 0), await restarted.DecideAsync(Day));
        Assert.True(await restarted.DeliverAsync());
        Assert.True(await restarted.DeliverAsync());
        Assert.Equal((0, 0), await restarted.DecideAsync(Day.PlusDays(1)));
        await restarted.DeliverAsync();

        Assert.Single(await ReminderFixtures.ListAsync(restarted, db => db.OutboxMessages.Where(m => m.State == DeliveryState.Sent)));
        Assert.Single(await RealSmtpServer.WaitForAsync(scene.Email, 2));
        first.Database.Dispose();
    }

    [Fact]
    public async Task ServerDown_MessageWaitsWithTheReason_AndIsSentWhenItIsBack()
    {
        var down = new ReminderApp(new TestDatabase(TestDatabase.ChosenProvider), RealSmtpServer.FreePort());
        var scene = await ReminderScene.BuildAsync(down);
        await ReminderFixtures.MeasureAsync(down, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await down.DecideAsync(Day);

        await down.DeliverAsync();

        var waiting = Assert.Single(await ReminderFixtures.ListAsync(down, db => db.OutboxMessages));
        Assert.Equal(DeliveryState.Waiting, waiting.State);
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("E-postserveren svarte ikke", waiting.LastError);
        Assert.Equal(down.Clock.GetCurrentInstant() + Duration.FromMinutes(1), waiting.NextAttemptAt);
        await down.DisposeAsync();

        await using var back = new ReminderApp(down.Database);
        back.Clock.Reset(down.Clock.GetCurrentInstant());
        await back.DeliverAsync();
        Assert.Empty(RealSmtpServer.MessagesTo(scene.Email));
        back.Clock.AdvanceMinutes(1);
        await back.DeliverAsync();

        Assert.Single(await RealSmtpServer.WaitForAsync(scene.Email, 1));
        Assert.Equal(DeliveryState.Sent, Assert.Single(await ReminderFixtures.ListAsync(back, db => db.OutboxMessages)).State);
        down.Database.Dispose();
    }

    [Fact]
    public async Task AddressRefused_FailsAtOnceWithTheReason_AndAnAdministratorCanRetry()
    {
        using var refusing = new FakeSmtpServer("550 5.1.1 Ukjent mottaker");
        await using var app = new ReminderApp(new TestDatabase(TestDatabase.ChosenProvider), refusing.Port);
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await app.DecideAsync(Day);
        var admin = await app.SignedInClientAsync(await app.Register().UserAsync(ReminderScene.UniqueEmail("admin"), administrator: true));

        await app.DeliverAsync();

        var failed = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        Assert.Equal(DeliveryState.Failed, failed.State);
        Assert.Contains("Mottakeren ble avvist", failed.LastError);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/outbox?state=Failed");
        Assert.Equal("Feilet", list.GetProperty("items")[0].GetProperty("stateLabel").GetString());
        var sheet = await admin.GetAsync("/api/outbox.xlsx?state=Failed");
        using (var stream = await sheet.Content.ReadAsStreamAsync())
        {
            var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>());
            Assert.Equal(("Feilet", scene.Email), ((string)row["Status"], (string)row["Til"]));
        }

        var retry = await admin.PostAsync($"/api/outbox/{failed.Id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(DeliveryState.Waiting, Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages)).State);
        Assert.Contains(await ReminderFixtures.ListAsync(app, db => db.AuditEntries), a => a.EntityType == "OutboxMessage" && a.Action == "Retried" && a.EntityId == failed.Id);
        app.Database.Dispose();
    }

    [Fact]
    public async Task Outbox_IsForAdministratorsOnly()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var user = await app.SignedInClientAsync(await app.Register().UserAsync(scene.Email, scene.Person));

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync($"/api/outbox/{Guid.NewGuid()}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/reminders/preview?on=2026-09-03")).StatusCode);
    }
}
