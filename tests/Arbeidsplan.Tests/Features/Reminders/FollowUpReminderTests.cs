using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A decision's follow-up tasks remind their owners a week before the due date and when it has passed, until they are done.</summary>
public sealed class FollowUpReminderTests
{
    [Fact]
    public async Task FollowUp_RemindsItsOwner_AWeekAhead_AndWhenOverdue_AndADoneTaskIsSilent()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var r = app.Register();
        var board = await r.BodyAsync(scene.County, "Fylkesstyret");
        var memberType = await r.PositionTypeAsync(scene.Party, "Styremedlem", ScopeKind.OwnUnit);
        var member = await r.PersonAsync("Styremedlem Person", scene.County, ReminderScene.UniqueEmail("styremedlem"));
        await r.PositionAsync(member, memberType, body: board);
        // The owner by name holds no office: a task can be given to anyone in the register.
        var owner = await r.PersonAsync("Oppgave Eier", scene.County, ReminderScene.UniqueEmail("eier"));
        var due = new LocalDate(2026, 10, 20);
        await app.WithDbAsync(async db =>
        {
            var decision = Decision.BetweenMeetings(scene.County, board, new LocalDate(2026, 10, 1), "Valgkampbudsjett", "Budsjettet vedtas.", new Vote(VoteKind.Unanimous));
            var done = new FollowUpTask(decision, "Sende budsjettet til revisor", new FollowUpOwner(owner, null, null, null), due);
            db.AddRange(decision, done,
                new FollowUpTask(decision, "Bestille materiell", new FollowUpOwner(owner, null, null, null), due),
                new FollowUpTask(decision, "Legge fram regnskapet", new FollowUpOwner(null, null, null, board), due));
            db.Add(done.Report(MeasureStatus.Done, new LocalDate(2026, 10, 5), "Sendt.", "Oppgave Eier", Instant.FromUtc(2026, 10, 5, 8, 0)));
            await db.SaveChangesAsync();
        });

        await app.DecideAsync(new LocalDate(2026, 10, 12));
        var early = await NotesAsync(app);
        await app.DecideAsync(new LocalDate(2026, 10, 13));
        var ahead = await NotesAsync(app);
        await app.DecideAsync(new LocalDate(2026, 10, 21));
        var overdue = await NotesAsync(app, ReminderKind.FollowUpOverdue);

        Assert.Empty(early);
        Assert.Equal([(owner, "Frist 20.10.2026: Bestille materiell"), (member, "Frist 20.10.2026: Legge fram regnskapet")],
            ahead.Select(n => (n.PersonId, n.Title)).OrderBy(n => n.Title));
        Assert.Equal([(owner, "Fristen er passert: Bestille materiell"), (member, "Fristen er passert: Legge fram regnskapet")],
            overdue.Select(n => (n.PersonId, n.Title)).OrderBy(n => n.Title));
        Assert.All(overdue, n => Assert.Contains("/vedtak/", n.Link));
    }

    private static Task<List<Notification>> NotesAsync(AppFactory app, ReminderKind kind = ReminderKind.FollowUpDue) =>
        ReminderFixtures.ListAsync(app, db => db.Notifications.Where(n => n.Kind == kind));
}
