using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Reminders;

/// <summary>The other things with a date: meeting notices, terms, study requirements, the annual meeting's checklist and the Monday digest.</summary>
public sealed class ReminderSourceTests
{
    private static async Task<(Guid Person, string Email)> HolderAsync(AppFactory app, ReminderScene scene, string type, Guid? organisation = null,
        Guid? body = null, Guid? region = null, Term? term = null)
    {
        var email = ReminderScene.UniqueEmail("holder");
        var typeId = (await ReminderFixtures.ListAsync(app, db => db.PositionTypes.Where(t => t.Name == type).Select(t => t.Id))).FirstOrDefault();
        typeId = typeId != Guid.Empty ? typeId : await app.Register().PositionTypeAsync(scene.Party, type, region is null ? ScopeKind.OwnUnit : ScopeKind.Region);
        var person = await app.Register().PersonAsync($"{type} Person", scene.County, email);
        await app.Register().PositionAsync(person, typeId, organisation, body, region, term);
        return (person, email);
    }

    private static Task<List<Notification>> NotesAsync(AppFactory app, ReminderKind kind) =>
        ReminderFixtures.ListAsync(app, db => db.Notifications.Where(n => n.Kind == kind));

    [Fact]
    public async Task NoticeDue_GoesToTheBodysLeader_ByTheDeadlineRule_WithTheMeetingAttached()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var board = await app.Register().BodyAsync(scene.County, "Fylkesstyret");
        var (chair, email) = await HolderAsync(app, scene, "Leder", body: board);
        var kind = EventKind.IdOf(EventKind.BoardMeeting);
        await app.WithDbAsync(async db =>
        {
            db.DeadlineRules.Add(new DeadlineRule(scene.County, "Innkalling", kind, null, 14));
            db.Events.Add(new Event(scene.County, new EventDetails(kind, "Styremøte", board, "Hamar"), new EventWhen(new LocalDate(2026, 10, 20), new LocalDate(2026, 10, 20), new LocalTime(18, 0), new LocalTime(20, 0))));
            await db.SaveChangesAsync();
        });

        // The notice is due 6 October; three days ahead by default.
        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 10, 2)));
        Assert.Equal((1, 1), await app.DecideAsync(new LocalDate(2026, 10, 3)));
        await app.DeliverAsync();

        Assert.Equal(chair, Assert.Single(await NotesAsync(app, ReminderKind.NoticeDue)).PersonId);
        var mail = Assert.Single(await RealSmtpServer.WaitForAsync(email, 1));
        Assert.Contains("Send innkalling innen 6.10.2026: Styremøte 20.10.2026", mail.Subject);
        var ics = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("mote.ics", ics.FileName);
        using var content = new MemoryStream();
        ics.Content!.DecodeTo(content);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20261020T180000", System.Text.Encoding.UTF8.GetString(content.ToArray()));
    }

    [Fact]
    public async Task NoticeDue_IsSilent_OnceTheMeetingsNoticeHasGoneOutFromMeetings()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var board = await app.Register().BodyAsync(scene.County, "Fylkesstyret");
        await HolderAsync(app, scene, "Leder", body: board);
        var kind = EventKind.IdOf(EventKind.BoardMeeting);
        await app.WithDbAsync(async db =>
        {
            db.DeadlineRules.Add(new DeadlineRule(scene.County, "Innkalling", kind, null, 14));
            var e = new Event(scene.County, new EventDetails(kind, "Styremøte", board, "Hamar"), EventWhen.Day(new LocalDate(2026, 10, 20)));
            var meeting = new Arbeidsplan.Domain.Meetings.Meeting(board, scene.County, "Styremøte", new LocalDateTime(2026, 10, 20, 18, 0), null, "Hamar", new LocalDate(2026, 10, 6), e.Id);
            meeting.RecordNotice(Instant.FromUtc(2026, 10, 1, 8, 0));
            db.AddRange(e, meeting);
            await db.SaveChangesAsync();
        });

        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 10, 3)));
    }

    [Fact]
    public async Task TermEnding_RemindsTheHolderAMonthAhead()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var (holder, _) = await HolderAsync(app, scene, "Kasserer", scene.County, term: new Term(new LocalDate(2025, 3, 1), new LocalDate(2026, 11, 30)));

        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 10, 30)));
        await app.DecideAsync(new LocalDate(2026, 10, 31));

        var note = Assert.Single(await NotesAsync(app, ReminderKind.TermEnding));
        Assert.Equal((holder, "Vervet som kasserer går ut 30.11.2026"), (note.PersonId, note.Title));
    }

    [Fact]
    public async Task StudyRequirement_RemindsTheStudyLeaderOfABranchThatHasNotHeldIt_AndNotOneThatHas()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var done = await app.Register().OrganisationAsync("Beta lokallag", OrganisationKind.Local, scene.County);
        var (leader, _) = await HolderAsync(app, scene, "Studieleder", scene.Branch);
        await HolderAsync(app, scene, "Studieleder", done);
        await app.WithDbAsync(async db =>
        {
            var material = new StudyMaterial(scene.County, "Klar for valgkamp", MaterialKind.Circle);
            db.StudyMaterials.Add(material);
            db.StudyRequirements.Add(new StudyRequirement(scene.County, "Klar for valgkamp", RequirementKind.CompleteMaterial, 2026, material.Id, new LocalDate(2026, 10, 1)));
            db.StudyCircles.Add(new StudyCircle(done, null, material.Id, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 20)), 5, 8, "Leder"));
            await db.SaveChangesAsync();
        });

        await app.DecideAsync(new LocalDate(2026, 9, 1));

        var note = Assert.Single(await NotesAsync(app, ReminderKind.StudyRequirementDue));
        Assert.Equal(leader, note.PersonId);
        Assert.Contains("Alfa lokallag", note.Title);
    }

    [Fact]
    public async Task StudyHoursDeadline_ReachesEachStudyLeaderOnce_FromTheNearestSettings()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var (countyLeader, _) = await HolderAsync(app, scene, "Studieleder", scene.County);
        var (branchLeader, _) = await HolderAsync(app, scene, "Studieleder", scene.Branch);
        await app.WithDbAsync(async db =>
        {
            var county = new ReminderSettings(scene.County);
            county.Set(null, new AnnualDate(1, 15));
            var branch = new ReminderSettings(scene.Branch);
            branch.Set(null, new AnnualDate(1, 20));
            db.ReminderSettings.AddRange(county, branch);
            await db.SaveChangesAsync();
        });

        await app.DecideAsync(new LocalDate(2027, 1, 8));

        var notes = await NotesAsync(app, ReminderKind.StudyHoursDeadline);
        Assert.Equal(2, notes.Count);
        Assert.Equal("Rapporter studietimene innen 15.1.2027", Assert.Single(notes, n => n.PersonId == countyLeader).Title);
        Assert.Equal("Rapporter studietimene innen 20.1.2027", Assert.Single(notes, n => n.PersonId == branchLeader).Title);
    }

    [Fact]
    public async Task AnnualMeeting_TheDayAfter_RemindsLeaderAndTreasurerToRegisterTheNewBoard()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var (leader, _) = await HolderAsync(app, scene, "Leder", scene.Branch);
        var (treasurer, _) = await HolderAsync(app, scene, "Kasserer", scene.Branch);
        await app.WithDbAsync(async db =>
        {
            db.Events.Add(new Event(scene.Branch, new EventDetails(EventKind.IdOf(EventKind.AnnualMeeting), "Årsmøte"), EventWhen.Day(new LocalDate(2027, 1, 14))));
            await db.SaveChangesAsync();
        });

        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2027, 1, 14)));
        await app.DecideAsync(new LocalDate(2027, 1, 15));

        var notes = await NotesAsync(app, ReminderKind.AnnualMeetingChecklist);
        Assert.Equal(new[] { leader, treasurer }.Order(), notes.Select(n => n.PersonId).Order());
        Assert.Contains("Enhetsregisteret", notes[0].Body);
    }

    [Fact]
    public async Task Digest_OnMonday_GivesTheRegionContactExactlyTheRegionsBranches()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var east = await app.Register().RegionAsync(scene.County, "Øst");
        var mine = await app.Register().OrganisationAsync("Kongsvinger lokallag", OrganisationKind.Local, scene.County, east);
        var quiet = await app.Register().OrganisationAsync("Eidskog lokallag", OrganisationKind.Local, scene.County, east);
        var (contact, email) = await HolderAsync(app, scene, "Regionkontakt", scene.County, region: east);
        await app.WithDbAsync(async db =>
        {
            db.ContactEntries.Add(new ContactEntry(mine, contact, "Regionkontakt", new LocalDate(2026, 11, 26), ContactChannel.Phone, "Ringte leder", app.Clock.GetCurrentInstant()));
            db.BranchFlags.Add(new BranchFlag(quiet, FlagReason.Recruitment, "Få nye", new LocalDate(2026, 11, 25)));
            var material = new StudyMaterial(scene.County, "Lokalpolitikk", MaterialKind.Circle);
            db.StudyMaterials.Add(material);
            db.StudyRequirements.Add(new StudyRequirement(scene.County, "Lokalpolitikk", RequirementKind.CompleteMaterial, 2026, material.Id, new LocalDate(2026, 12, 15)));
            db.StudyCircles.Add(new StudyCircle(mine, null, material.Id, new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 20)), 5, 8, "Leder"));
            await db.SaveChangesAsync();
        });

        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 11, 29)));
        await app.DecideAsync(new LocalDate(2026, 11, 30));
        await app.DeliverAsync();

        var note = Assert.Single(await NotesAsync(app, ReminderKind.RegionDigest));
        Assert.Equal(contact, note.PersonId);
        Assert.Equal("Ukesoversikt uke 49: region Øst", note.Title);
        Assert.Contains("2 lokallag", note.Body);
        Assert.Contains("Nytt siste uke i Eidskog lokallag: nytt flagg", note.Body);
        Assert.Contains("Nytt siste uke i Kongsvinger lokallag: 1 kontakt logget", note.Body);
        Assert.Contains("Ikke kontaktet på seks uker: Eidskog lokallag (aldri)", note.Body);
        Assert.Contains("Krav med frist 15.12.2026, «Lokalpolitikk», ikke gjennomført i: Eidskog lokallag.", note.Body);
        Assert.DoesNotContain("Alfa lokallag", note.Body);
        Assert.Single(await RealSmtpServer.WaitForAsync(email, 1));
    }

    [Fact]
    public async Task CountyDigest_OnMonday_GoesToTheOfficeThatReceivesIt_WithEveryBranchOfTheCounty_AndNotOnThursday()
    {
        await using var app = new ReminderApp();
        var scene = await ReminderScene.BuildAsync(app);
        var east = await app.Register().RegionAsync(scene.County, "Øst");
        await app.Register().OrganisationAsync("Kongsvinger lokallag", OrganisationKind.Local, scene.County, east);
        var email = ReminderScene.UniqueEmail("sekretaer");
        var secretary = await app.Register().PersonAsync("Siri Sekretær", scene.County, email);
        var type = await app.WithDbAsync(async db =>
        {
            var made = new PositionType(scene.Party, "Organisasjonssekretær", ScopeKind.OwnUnit, roles: PositionRole.ReceivesDigest);
            db.PositionTypes.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        await app.Register().PositionAsync(secretary, type, scene.County);

        Assert.Equal((0, 0), await app.DecideAsync(new LocalDate(2026, 12, 3)));
        await app.DecideAsync(new LocalDate(2026, 11, 30));
        await app.DeliverAsync();

        var note = Assert.Single(await NotesAsync(app, ReminderKind.CountyDigest));
        Assert.Equal(secretary, note.PersonId);
        Assert.Equal("Ukesoversikt uke 49: Testfylke parti", note.Title);
        Assert.Contains("2 lokallag", note.Body);
        Assert.Contains("Alfa lokallag", note.Body);
        Assert.Contains("Kongsvinger lokallag", note.Body);
        Assert.Empty(await NotesAsync(app, ReminderKind.RegionDigest));
        Assert.Single(await RealSmtpServer.WaitForAsync(email, 1));
    }
}
