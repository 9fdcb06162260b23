using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A campaign task reminds its owner a week before it is due and tells her the day after it is overdue; a task done is silent.</summary>
public sealed class CampaignReminderTests
{
    [Fact]
    public async Task CampaignTask_RemindsItsOwner_AWeekAhead_ButNotADoneTask()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app, typeName: "Leder");
        await app.WithDbAsync(async db =>
        {
            var election = new Election(scene.County, ElectionKind.Local, new LocalDate(2027, 9, 13));
            var plan = new CampaignPlan(election, scene.County, CampaignTemplate.Phases(election));
            var open = plan.AddTask(election, 1, "Valgkampkomité nedsatt", new FollowUpOwner(scene.Person, null, null, null), new LocalDate(2026, 11, 30));
            var done = plan.AddTask(election, 1, "Materiell bestilt", new FollowUpOwner(scene.Person, null, null, null), new LocalDate(2026, 11, 30));
            db.Add(done.Report(MeasureStatus.Done, new LocalDate(2026, 11, 1), null, "Test", Instant.FromUtc(2026, 11, 1, 12, 0)));
            db.AddRange(election, plan, open, done);
            await db.SaveChangesAsync();
        });

        await app.DecideAsync(new LocalDate(2026, 11, 22));
        var early = await NotesAsync(app);
        await app.DecideAsync(new LocalDate(2026, 11, 23));
        var due = await NotesAsync(app);
        await app.DecideAsync(new LocalDate(2026, 11, 30));
        var notYetOverdue = await NotesAsync(app, ReminderKind.CampaignTaskOverdue);
        await app.DecideAsync(new LocalDate(2026, 12, 1));
        var overdue = await NotesAsync(app, ReminderKind.CampaignTaskOverdue);

        Assert.Empty(early);
        var note = Assert.Single(due);
        Assert.Equal((scene.Person, "Frist 30.11.2026: Valgkampkomité nedsatt"), (note.PersonId, note.Title));
        Assert.Contains("/valg/valgkamp?valg=", note.Link);
        // The day after the due date, the open task's owner is told it is overdue; the task done is not.
        Assert.Empty(notYetOverdue);
        Assert.Equal((scene.Person, "Fristen er passert: Valgkampkomité nedsatt"), (Assert.Single(overdue).PersonId, overdue[0].Title));
    }

    private static Task<List<Notification>> NotesAsync(AppFactory app, ReminderKind kind = ReminderKind.CampaignTaskDue) =>
        ReminderFixtures.ListAsync(app, db => db.Notifications.Where(n => n.Kind == kind));
}
