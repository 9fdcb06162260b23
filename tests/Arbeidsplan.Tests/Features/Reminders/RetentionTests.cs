using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Outbox;
using Arbeidsplan.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>The outbox and the notifications hold personal data: they are deleted when old, and only then.</summary>
public sealed class RetentionTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 8, 0);

    private static OutboxMessage Message(Guid person, Guid county, string key, Instant at) =>
        new(key, person, county, ReminderKind.MeasureDue, "nora@test.no", "Påminnelse", "Tekst", "<p>Tekst</p>", at);

    [Fact]
    public async Task OutboxRetention_DeletesMessagesOlderThanTheSetting_WhateverTheirState_AndKeepsTheRest()
    {
        await using var app = new AppFactory();
        var scene = await ReminderScene.BuildAsync(app);
        await app.WithDbAsync(async db =>
        {
            var sent = Message(scene.Person, scene.County, "gammel-sendt", Now - Duration.FromDays(91));
            sent.MarkSent(Now - Duration.FromDays(91));
            var failed = Message(scene.Person, scene.County, "gammel-feilet", Now - Duration.FromDays(100));
            failed.MarkFailed("Postkassen finnes ikke", permanent: true, Now - Duration.FromDays(100));
            var recent = Message(scene.Person, scene.County, "ny-sendt", Now - Duration.FromDays(89));
            recent.MarkSent(Now - Duration.FromDays(89));
            db.OutboxMessages.AddRange(sent, failed, Message(scene.Person, scene.County, "gammel-ventende", Now - Duration.FromDays(95)), recent,
                Message(scene.Person, scene.County, "ny-ventende", Now - Duration.FromDays(1)));
            await db.SaveChangesAsync();
        });

        var said = await RunAsync(app, services => new OutboxRetention(app.Clock, services.GetRequiredService<IConfiguration>()));

        Assert.Equal("3 slettet", said);
        Assert.Equal(["ny-sendt", "ny-ventende"], await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.Key).OrderBy(k => k).ToListAsync()));
    }

    [Fact]
    public async Task NotificationRetention_KeepsAtLeastHalfAYear_SinceANotificationKeepsAReminderFromBeingDecidedTwice()
    {
        await using var app = new AppFactory();
        var scene = await ReminderScene.BuildAsync(app);
        await app.WithDbAsync(async db =>
        {
            foreach (var days in new[] { 400, 200, 170 })
            {
                db.Notifications.Add(new Notification($"n{days}", scene.Person, ReminderKind.MeasureDue, $"{days} dager", "Tekst", "/plan", Now - Duration.FromDays(days)));
            }
            await db.SaveChangesAsync();
        });

        // Set to 30 days, it still keeps 180: the one 170 days old is kept, and the one 200 days old goes.
        var said = await RunAsync(app, _ => new NotificationRetention(app.Clock, Options.Create(new ReminderOptions { NotificationRetentionDays = 30 })));

        Assert.Equal("2 slettet", said);
        Assert.Equal(["n170"], await app.WithDbAsync(db => db.Notifications.Select(n => n.Key).ToListAsync()));
    }

    private static async Task<string> RunAsync(AppFactory app, Func<IServiceProvider, Arbeidsplan.Web.Features.Jobs.ScheduledJob> job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await job(scope.ServiceProvider).RunAsync(scope.ServiceProvider, new LocalDate(2026, 6, 1), CancellationToken.None);
    }
}
