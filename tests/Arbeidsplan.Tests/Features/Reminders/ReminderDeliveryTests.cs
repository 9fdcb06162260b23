using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>A measure's deadline reminder, from the decision to the message a real SMTP server received.</summary>
public sealed class ReminderDeliveryTests
{
    private static readonly LocalDate Due = new(2026, 9, 10);

    [Fact]
    public async Task MeasureDue_SevenDaysBefore_ReachesTheHolderByEmail_WithLinksAndBothParts()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var measure = await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Organisatorisk nestleder", PositionTypeId: scene.Type), Due);

        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(-8)));
        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.True(await app.DeliverAsync());

        var mail = Assert.Single(await RealSmtpServer.WaitForAsync(scene.Email, 1));
        Assert.Equal("Påminnelse: Frist 10.9.2026: 1.1 Verve nye medlemmer", mail.Subject);
        Assert.Contains("Hei Nora Nestleder", mail.TextBody);
        Assert.Contains($"{ReminderApp.BaseUrl}/plan/", mail.TextBody);
        Assert.Contains($"/tiltak/{measure}", mail.TextBody);
        Assert.Contains("organisatorisk nestleder i Testfylke parti", mail.TextBody);
        Assert.Contains("<a href=\"https://arbeidsplan.example.no/plan/", mail.HtmlBody);
        Assert.StartsWith($"<{ReminderApp.BaseUrl}/api/reminders/unsubscribe?t=", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var sent = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
        Assert.Equal(DeliveryState.Sent, sent.State);
        var note = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.Notifications));
        Assert.Equal(scene.Person, note.PersonId);
    }

    [Fact]
    public async Task TwoReminders_OneDay_OneEmailWithBoth_WhoseHeaderStopsBothKinds()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var owner = new MeasureOwner("Nestleder", PositionTypeId: scene.Type);
        await ReminderFixtures.MeasureAsync(app, scene.County, owner, Due);
        await ReminderFixtures.MeasureAsync(app, scene.County, owner, Due.PlusDays(-15), "Lage vervebrosjyre");

        Assert.Equal((2, 1), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.True(await app.DeliverAsync());

        var mail = Assert.Single(await RealSmtpServer.WaitForAsync(scene.Email, 1));
        Assert.StartsWith("2 påminnelser: ", mail.Subject);
        Assert.Contains("Frist 10.9.2026: 1.1 Verve nye medlemmer", mail.TextBody);
        Assert.Contains("Fristen er passert: 1.1 Lage vervebrosjyre", mail.TextBody);
        Assert.Equal(2, (await ReminderFixtures.ListAsync(app, db => db.Notifications)).Count);
        var header = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var stop = await app.AnonymousClient().PostAsync(header.PathAndQuery, null);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal([ReminderKind.MeasureDue, ReminderKind.MeasureOverdue],
            (await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences.Where(p => !p.Enabled))).Select(p => p.Kind).Order());
    }

    [Fact]
    public async Task SameReminder_DecidedAgainNextDay_IsNotWrittenTwice()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);

        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(-6)));

        Assert.Single(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages));
    }

    [Fact]
    public async Task Overdue_TheDayAfter_AndNotForDoneMeasures()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due, "Gjort allerede", MeasureStatus.Done);

        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.Equal((0, 0), await app.DecideAsync(Due));
        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(1)));

        var note = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.Notifications.Where(n => n.Kind == ReminderKind.MeasureOverdue)));
        Assert.StartsWith("Fristen er passert: 1.1 Verve nye medlemmer", note.Title);
    }

    [Fact]
    public async Task Owner_HeldOnlyBelow_RemindsTheHoldersInTheBranches()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app, "Studieleder", heldInCounty: false);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Studieleder", PositionTypeId: scene.Type), Due);

        await app.DecideAsync(Due.PlusDays(-7));

        var note = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.Notifications));
        Assert.Equal(scene.Person, note.PersonId);
        var admin = await app.SignedInClientAsync(await app.Register().UserAsync(ReminderScene.UniqueEmail("admin"), administrator: true));
        var preview = await admin.GetFromJsonAsync<JsonElement>($"/api/reminders/preview?on={Due.PlusDays(-7):yyyy-MM-dd}");
        var row = Assert.Single(preview.GetProperty("reminders").EnumerateArray());
        Assert.Contains("i en organisasjon under Testfylke parti", row.GetProperty("who").GetString());
    }

    [Fact]
    public async Task Owner_IsABody_RemindsItsMembers()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var body = await app.Register().BodyAsync(scene.County, "Arbeidsutvalget");
        var member = await app.Register().PersonAsync("Berit Utvalg", scene.County, ReminderScene.UniqueEmail("berit"));
        await app.Register().PositionAsync(member, scene.Type, body: body);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("AU", BodyId: body), Due);

        await app.DecideAsync(Due.PlusDays(-7));

        var note = Assert.Single(await ReminderFixtures.ListAsync(app, db => db.Notifications));
        Assert.Equal(member, note.PersonId);
    }

    [Fact]
    public async Task PersonWithoutEmail_GetsTheNotificationOnly()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var quiet = await app.Register().PersonAsync("Uten Epost", scene.County);
        await app.Register().PositionAsync(quiet, scene.Type, organisation: scene.County);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);

        Assert.Equal((2, 1), await app.DecideAsync(Due.PlusDays(-7)));

        Assert.Contains(await ReminderFixtures.ListAsync(app, db => db.Notifications), n => n.PersonId == quiet);
        Assert.DoesNotContain(await ReminderFixtures.ListAsync(app, db => db.OutboxMessages), m => m.PersonId == quiet);
    }

    [Fact]
    public async Task QuietPeriod_NothingGoesOutInJuly_AndADeadlineInJulyIsRemindedBefore()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var due = new LocalDate(2026, 7, 5);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), due);

        // Seven days before is 28 June, outside the quiet July: it goes then; nothing on 1 July, when it would be catch-up.
        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 6, 27)));
        Assert.Equal((1, 1), await app.DecideAsync(new LocalDate(2026, 6, 28)));
        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 7, 6)));
        // The overdue reminder waits for August.
        Assert.Equal((1, 1), await app.DecideAsync(new LocalDate(2026, 8, 1)));
    }

    [Fact]
    public async Task Preferences_TurnedOffOrFewerDays_AreFollowed()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var user = await app.Register().UserAsync(scene.Email, scene.Person);
        var client = await app.SignedInClientAsync(user);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);

        var put = await client.PutAsJsonAsync("/api/reminders/preferences", new
        {
            kinds = new object[] { new { kind = "MeasureDue", enabled = true, daysBefore = 3 }, new { kind = "MeasureOverdue", enabled = false } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/reminders/preferences");
        var due = mine.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "MeasureDue");
        Assert.Equal(3, due.GetProperty("daysBefore").GetInt32());
        Assert.True(due.GetProperty("isOwnChoice").GetBoolean());

        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(-7)));
        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(-3)));
        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(1)));
    }

    [Fact]
    public async Task OrganisationDefaults_ApplyToItsPeople_UntilAPersonChoosesOtherwise()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        await ReminderFixtures.MeasureAsync(app, scene.County, new MeasureOwner("Nestleder", PositionTypeId: scene.Type), Due);
        // The county's default: deadlines ten days ahead instead of seven, and no overdue reminders.
        await app.WithDbAsync(async db =>
        {
            var due = ReminderPreference.ForOrganisation(scene.County, ReminderKind.MeasureDue);
            due.Set(true, 10);
            var overdue = ReminderPreference.ForOrganisation(scene.County, ReminderKind.MeasureOverdue);
            overdue.Set(false, null);
            db.ReminderPreferences.AddRange(due, overdue);
            await db.SaveChangesAsync();
        });

        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(-11)));
        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(-10)));
        Assert.Equal((0, 0), await app.DecideAsync(Due.PlusDays(1)));

        // Her own choice wins over the county's.
        await app.WithDbAsync(async db =>
        {
            var own = ReminderPreference.ForPerson(scene.Person, ReminderKind.MeasureOverdue);
            own.Set(true, null);
            db.ReminderPreferences.Add(own);
            await db.SaveChangesAsync();
        });
        Assert.Equal((1, 1), await app.DecideAsync(Due.PlusDays(2)));
    }

    [Fact]
    public async Task Preferences_SentAsTheyApply_StayUnchosen_SoTheDefaultsKeepApplying()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var client = await app.SignedInClientAsync(await app.Register().UserAsync(scene.Email, scene.Person));
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/reminders/preferences");
        var same = mine.GetProperty("kinds").EnumerateArray().Select(k => new
        {
            kind = k.GetProperty("kind").GetString(), enabled = k.GetProperty("enabled").GetBoolean(),
            daysBefore = k.GetProperty("daysBefore").ValueKind == JsonValueKind.Null ? (int?)null : k.GetProperty("daysBefore").GetInt32(),
        }).ToArray();

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/reminders/preferences", new { kinds = same })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/reminders/preferences", new { kinds = (object?)null })).StatusCode);

        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
    }

    [Fact]
    public async Task Preferences_OutOfRange_AreRefusedInNorwegian()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var client = await app.SignedInClientAsync(await app.Register().UserAsync(scene.Email, scene.Person));

        var put = await client.PutAsJsonAsync("/api/reminders/preferences", new { kinds = new object[] { new { kind = "MeasureDue", enabled = true, daysBefore = 400 } } });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("Velg mellom 0 og 90 dager", await put.Content.ReadAsStringAsync());
        Assert.Empty(await ReminderFixtures.ListAsync(app, db => db.ReminderPreferences));
    }
}
