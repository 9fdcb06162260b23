using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Tests.Support;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Home;

/// <summary>
/// Min side: each person sees what is theirs to do (measures they own due this month or overdue, notices to send, branches to follow
/// up, study requirements not met) and the organisation's next events; nobody sees another's. The clock stands at 1 June 2026.
/// </summary>
public sealed class MinSideTests
{
    private sealed record Scene(World W, Guid CountyMeasure, Guid NationalMeasure, Guid LaterMeasure, Guid DoneMeasure, Guid BranchMeasure, Guid Meeting);

    private static async Task<Scene> BuildAsync(AppFactory app)
    {
        var w = await app.Register().WorldAsync();
        var countyMeasure = await ReminderFixtures.MeasureAsync(app, w.County, new MeasureOwner("Leder", PositionTypeId: w.Leader), new LocalDate(2026, 6, 20), "Fylkesmåltiltak");
        // Nobody holds «Leder» in the party itself, so its leaders below own the measure; it is overdue.
        var national = await ReminderFixtures.MeasureAsync(app, w.National, new MeasureOwner("Leder", PositionTypeId: w.Leader), new LocalDate(2026, 5, 10), "Landstiltak");
        var later = await ReminderFixtures.MeasureAsync(app, w.County, new MeasureOwner("Leder", PositionTypeId: w.Leader), new LocalDate(2026, 7, 15), "Neste måned");
        var done = await ReminderFixtures.MeasureAsync(app, w.County, new MeasureOwner("Leder", PositionTypeId: w.Leader), new LocalDate(2026, 6, 10), "Ferdig tiltak",
            MeasureStatus.Done);
        var branch = await ReminderFixtures.MeasureAsync(app, w.BranchA, new MeasureOwner("Alfa lokallag", OrganisationId: w.BranchA), new LocalDate(2026, 6, 5), "Lagets eget");
        var meeting = await app.WithDbAsync(async db =>
        {
            var m = new Meeting(w.Board, w.County, "Styremøte juni", new LocalDateTime(2026, 6, 15, 18, 0), null, null, new LocalDate(2026, 6, 1));
            db.Meetings.Add(m);
            db.BranchFlags.Add(new BranchFlag(w.BranchA, FlagReason.Finances, "Regnskapet mangler", new LocalDate(2026, 5, 2)));
            db.StudyRequirements.Add(new StudyRequirement(w.County, "Én studiering i året", RequirementKind.CircleEachYear, 2026, null, new LocalDate(2026, 5, 1)));
            // Beta has held its annual meeting this year; Alfa has not.
            db.Events.Add(new Event(w.BranchB, new EventDetails(EventKind.IdOf(EventKind.AnnualMeeting), "Årsmøte Beta"), EventWhen.Day(new LocalDate(2026, 3, 1))));
            db.Events.Add(new Event(w.County, new EventDetails(EventKind.IdOf(EventKind.Course), "Sommerkurs"), EventWhen.Day(new LocalDate(2026, 6, 12))));
            await db.SaveChangesAsync();
            return m.Id;
        });
        return new Scene(w, countyMeasure, national, later, done, branch, meeting);
    }

    private static List<Guid> Ids(JsonElement work, string list) => [.. work.GetProperty(list).EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];

    [Fact]
    public async Task CountyLeader_SeesHerCountyAtAGlance_AndWhereLastYearsAnnualReportStands()
    {
        await using var app = new AppFactory();
        var w = await app.Register().WorldAsync();
        await app.WithDbAsync(async db =>
        {
            // Before October the report being written is last year's; another year's sections are not counted.
            var report = new AnnualReport(w.County, 2025);
            var older = new AnnualReport(w.County, 2024);
            db.AnnualReports.AddRange(report, older);
            db.ReportTexts.AddRange(new ReportText(report.Id, ReportSectionKind.Organisation), new ReportText(report.Id, ReportSectionKind.BoardWork),
                new ReportText(older.Id, ReportSectionKind.WorkPlan));
            await db.SaveChangesAsync();
        });

        var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(w.CountyLeaderUser)).GetStringAsync("/"));

        Assert.Contains("Testfylke parti: fylkeslag under Testpartiet", page);
        Assert.Contains("3 underorganisasjoner", page);
        Assert.Contains("Årsmelding 2025", page);
        Assert.Contains("utkast, 2 deler er skrevet om", page);
    }

    [Fact]
    public async Task CountyLeader_SeesTheMeasuresSheOwns_DueThisMonthOrOverdue_AndTheNoticeToSend()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var kari = await app.SignedInClientAsync(s.W.CountyLeaderUser);

        var work = await kari.GetFromJsonAsync<JsonElement>("/api/me/work");

        Assert.Equal([s.NationalMeasure, s.CountyMeasure], Ids(work, "measures"));
        Assert.True(work.GetProperty("measures")[0].GetProperty("overdue").GetBoolean());
        var notice = Assert.Single(work.GetProperty("notices").EnumerateArray());
        Assert.Equal(s.Meeting, notice.GetProperty("meetingId").GetGuid());
        var page = WebUtility.HtmlDecode(await kari.GetStringAsync("/"));
        Assert.Contains("Mine tiltak med frist", page);
        Assert.Contains("1.1 Landstiltak", page);
        Assert.Contains("frist 10.5.2026 (forsinket)", page);
        Assert.DoesNotContain("Neste måned", page);
        Assert.Contains("Innkallinger å sende", page);
        Assert.Contains("Neste i datoplanen", page);
        Assert.Contains("Sommerkurs", page);
    }

    [Fact]
    public async Task StandingInvitees_SeeTheBodysMeetings_ByNameOrByTheirOfficeWhereTheyHoldIt_NotTheSameOfficeElsewhere()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        await app.WithDbAsync(async db =>
        {
            // The county board invites the leader of Alfa (an office, where it is held) and Rolf by name.
            db.StandingInvitees.Add(new StandingInvitee(s.W.Board, null, s.W.Leader, s.W.BranchA, InviteeRight.SpeakAndPropose));
            db.StandingInvitees.Add(new StandingInvitee(s.W.Board, s.W.Contact, null, null, InviteeRight.Speak));
            await db.SaveChangesAsync();
        });

        async Task<string> HomeOf(string user) => WebUtility.HtmlDecode(await (await app.SignedInClientAsync(user)).GetStringAsync("/"));

        Assert.Contains("Mine møter", await HomeOf(s.W.BranchLeaderUser));
        Assert.Contains("Mine møter", await HomeOf(s.W.RegionContactUser));
        // Kari is «Leder» too, but of the county, where the invitation does not name the office.
        Assert.DoesNotContain("Mine møter", await HomeOf(s.W.CountyLeaderUser));
        Assert.DoesNotContain("Mine møter", await HomeOf(s.W.BoardMemberUser));
    }

    [Fact]
    public async Task BranchLeader_SeesHerBranchsMeasure_AndTheRequirementNotMet_NotTheCountysWork()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var liv = await app.SignedInClientAsync(s.W.BranchLeaderUser);

        var work = await liv.GetFromJsonAsync<JsonElement>("/api/me/work");

        // The county's own measure is Kari's: «Leder» is held in the county, so it does not fall to the branches.
        Assert.Equal([s.NationalMeasure, s.BranchMeasure], Ids(work, "measures"));
        Assert.Empty(work.GetProperty("notices").EnumerateArray());
        var requirement = Assert.Single(work.GetProperty("requirements").EnumerateArray());
        Assert.Equal(("Én studiering i året", true), (requirement.GetProperty("name").GetString(), requirement.GetProperty("missed").GetBoolean()));
        var page = WebUtility.HtmlDecode(await liv.GetStringAsync("/"));
        Assert.Contains("Studiekrav som ikke er oppfylt", page);
        Assert.DoesNotContain("Fylkesmåltiltak", page);
    }

    [Fact]
    public async Task BranchLeader_RequirementMetByHerBranchsCircle_IsNotNamed_WhileAnotherBranchsCircleDidNotCount()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var liv = await app.SignedInClientAsync(s.W.BranchLeaderUser);
        async Task AddCircleAsync(Guid branch) => await app.WithDbAsync(async db =>
        {
            var material = new StudyMaterial(s.W.National, $"Materiell {branch}", MaterialKind.Circle);
            db.StudyMaterials.Add(material);
            db.StudyCircles.Add(new StudyCircle(branch, null, material.Id, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 10)), 6, 8, "Leder"));
            await db.SaveChangesAsync();
        });

        await AddCircleAsync(s.W.BranchB);
        Assert.Single((await liv.GetFromJsonAsync<JsonElement>("/api/me/work")).GetProperty("requirements").EnumerateArray());

        await AddCircleAsync(s.W.BranchA);
        Assert.Empty((await liv.GetFromJsonAsync<JsonElement>("/api/me/work")).GetProperty("requirements").EnumerateArray());
    }

    [Fact]
    public async Task RegionContact_SeesHerBranchesThatNeedALook_OnlyHerRegion()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);
        var rolf = await app.SignedInClientAsync(s.W.RegionContactUser);

        var work = await rolf.GetFromJsonAsync<JsonElement>("/api/me/work");

        var branch = Assert.Single(work.GetProperty("branches").EnumerateArray());
        Assert.Equal((s.W.BranchA, 1, false),
            (branch.GetProperty("id").GetGuid(), branch.GetProperty("openFlags").GetInt32(), branch.GetProperty("annualMeetingHeld").GetBoolean()));
        Assert.Empty(work.GetProperty("measures").EnumerateArray());
        var page = WebUtility.HtmlDecode(await rolf.GetStringAsync("/"));
        Assert.Contains("Lokallag å følge opp", page);
        Assert.Contains("1 åpent flagg · årsmøte ikke holdt i år", page);
    }

    [Fact]
    public async Task Anonymous_IsRefused_AndAPersonWithoutOffices_GetsEmptyLists()
    {
        await using var app = new AppFactory();
        var s = await BuildAsync(app);

        var anonymous = await app.AnonymousClient().GetAsync("/api/me/work");
        var otto = await (await app.SignedInClientAsync(s.W.NoPositionUser)).GetFromJsonAsync<JsonElement>("/api/me/work");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(otto.GetProperty("measures").EnumerateArray());
        Assert.Empty(otto.GetProperty("requirements").EnumerateArray());
    }
}
