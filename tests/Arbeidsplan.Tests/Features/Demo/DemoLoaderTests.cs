using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Features.Demo;

/// <summary>The demo organisation as `--demo` loads it into an empty database, with an administrator beside it.</summary>
[Collection("Demo")]
public sealed class DemoLoaderTests : IClassFixture<DemoLoaderTests.DemoApp>
{
    private readonly DemoApp app;

    public DemoLoaderTests(DemoApp app) => this.app = app;

    public sealed class DemoApp : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync();
            }
            await Register().UserAsync("sekretar@test.no", administrator: true);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Demo_HasTheStructureOfTheSeedPlans()
    {
        var organisations = await app.WithDbAsync(db => db.Organisations.AsNoTracking().ToListAsync());
        var byName = organisations.ToDictionary(o => o.Name);
        var innlandet = byName["Innlandet Senterparti"];
        Assert.Equal(OrganisationKind.Umbrella, innlandet.Kind);
        Assert.Equal(innlandet.Id, byName["Hedmark Senterparti"].ParentId);
        Assert.Equal(innlandet.Id, byName["Oppland Senterparti"].ParentId);
        Assert.Contains(organisations, o => o.Kind == OrganisationKind.Affiliate && o.Name.Contains("Senterungdom"));
        Assert.Contains(organisations, o => o.Kind == OrganisationKind.Affiliate && o.Name.Contains("Senterkvinne"));
        Assert.Equal(22, organisations.Count(o => o.Kind == OrganisationKind.Local && o.ParentId == byName["Hedmark Senterparti"].Id));

        var akershusRegions = await app.WithDbAsync(db => db.Regions.Where(r => r.OrganisationId == byName["Akershus Senterparti"].Id)
            .Select(r => r.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Follo", "Nedre Romerike", "Vestregionen", "Øvre Romerike"], akershusRegions.Order(StringComparer.Ordinal).ToList());

        var bodies = await app.WithDbAsync(db => db.Bodies.Select(b => b.Name).ToListAsync());
        Assert.Contains("Samarbeidsstyret", bodies);
        Assert.Contains("Ordførerforum", bodies);
        Assert.Contains("Valgkamputvalget", bodies);
        Assert.Contains("Arbeidsutvalget", bodies);
    }

    [Fact]
    public async Task Demo_PositionTypesCarryTheBoardInstruction()
    {
        var types = await app.WithDbAsync(db => db.PositionTypes.AsNoTracking().ToListAsync());
        var contact = types.Single(t => t.Name == "Regionkontakt");
        Assert.Equal(ScopeKind.Region, contact.Scope);
        Assert.All(types.Where(t => t.Name is "Leder" or "Organisatorisk nestleder" or "Studieleder"), t => Assert.NotEmpty(t.DutyLines));
    }

    [Fact]
    public async Task Demo_IsMarkedAndRefusedIntoADatabaseWithData()
    {
        Assert.True(await app.WithDbAsync(db => db.SystemSettings.AnyAsync(s => s.Key == SystemSetting.DemoLoadedAt)));
        await using var scope = app.Services.CreateAsyncScope();
        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync());
    }

    [Fact]
    public async Task DemoRegionContact_SeesOnlyTheBranchesOfKongsvingerregionen()
    {
        var client = app.AnonymousClient();
        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true",
            new { email = await RegionContactEmailAsync(), password = DemoLoader.DemoPassword });
        login.EnsureSuccessStatusCode();
        var visible = await client.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var names = visible!.Select(o => o.GetProperty("name").GetString()!).ToList();
        Assert.Equal(7, names.Count(n => n.EndsWith("Senterparti", StringComparison.Ordinal)));
        Assert.Contains("Kongsvinger Senterparti", names);
        Assert.DoesNotContain("Hamar Senterparti", names);
        Assert.DoesNotContain("Hedmark Senterparti", names);
    }

    [Fact]
    public async Task Demo_PlansAreImportedAdoptedAndFollowedUp_TheCheckFindsWhatTheAuthorsMissed()
    {
        var plans = await app.WithDbAsync(db => db.Plans.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title, p.State, p.IsDemo }).ToListAsync());
        Assert.Equal(["Arbeidsplan 2025 (demo)", "Arbeidsplan 2026 (demo)", "Handlingsplan 2026 (demo)"], plans.Select(p => p.Title).ToList());
        Assert.All(plans, p => Assert.True(p.IsDemo && p.State == Arbeidsplan.Domain.Plans.PlanState.Adopted));

        var reported = await app.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.PlanId == plans[0].Id).Select(m => m.Status).ToListAsync());
        Assert.Contains(Arbeidsplan.Domain.Plans.MeasureStatus.Done, reported);
        Assert.Contains(Arbeidsplan.Domain.Plans.MeasureStatus.Dropped, reported);
        var owners = await app.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.PlanId == plans[1].Id)
            .Select(m => new { m.OwnerText, Known = m.OwnerPositionTypeId != null || m.OwnerBodyId != null }).ToListAsync());
        Assert.Contains(owners, o => o.OwnerText == "Organisatorisk nestleder" && o.Known);
        Assert.Contains(owners, o => o.OwnerText == "Fylkesstyret" && o.Known);
        Assert.Contains(owners, o => o.OwnerText == "Regionkontaktene" && o.Known);
        var relative = await app.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.PlanId == plans[1].Id && m.Code == "6.1c").Select(m => m.TimingUnderstood).SingleAsync());
        Assert.EndsWith("17. mars 2026", relative);

        var check = await app.WithDbAsync(async db => Arbeidsplan.Domain.Plans.PlanCheck.Run(
            await Arbeidsplan.Web.Features.Plans.PlanContents.LoadAsync(db, plans[1].Id)));
        Assert.Contains(check, f => f.Kind == Arbeidsplan.Domain.Plans.FindingKind.StaleYear && f.Message.Contains("i 2025"));
        Assert.Contains(check, f => f.Kind == Arbeidsplan.Domain.Plans.FindingKind.ConflictingDeadlines && f.Message.Contains("1. mai 2026"));
        Assert.Contains(check, f => f.Kind == Arbeidsplan.Domain.Plans.FindingKind.Numbering && f.Message.Contains("2.3.1 til 2.5"));
    }

    [Fact]
    public async Task Demo_DatePlans_AreImportedWithOrganisersRulesSeriesAndElections()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var innlandet = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Innlandet Senterparti").Select(o => o.Id).SingleAsync());
        var akershus = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Akershus Senterparti").Select(o => o.Id).SingleAsync());

        var year2026 = await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={innlandet}&year=2026");
        var items = year2026.GetProperty("months").EnumerateArray().SelectMany(m => m.GetProperty("items").EnumerateArray()).ToList();
        var march17 = items.Single(i => i.GetProperty("start").GetString() == "2026-03-17" && i.GetProperty("source").GetString() == "Event");
        Assert.Equal("Hedmark Sp", march17.GetProperty("organiserName").GetString());
        Assert.Contains(items, i => i.GetProperty("source").GetString() == "RuleDeadline" && i.GetProperty("start").GetString() == "2026-03-03");
        Assert.Contains(items, i => i.GetProperty("title").GetString()!.StartsWith("Vårslepp", StringComparison.Ordinal) && i.GetProperty("organiserName").GetString() == "SU");
        Assert.Contains(items, i => i.GetProperty("title").GetString() == "Fylkesårsmøte for Hedmark Senterparti" && i.GetProperty("place").GetString() == "Thon Partner Elgstua");
        Assert.Contains(items, i => i.GetProperty("source").GetString() == "Window" && i.GetProperty("start").GetString() == "2026-01-01");
        Assert.Equal(39, items.Count(i => i.GetProperty("source").GetString() == "Event")); // every dated row of the 2026 table

        var year2025 = await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={innlandet}&year=2025");
        var elections = year2025.GetProperty("months")[8].GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kindName").GetString() == "Valg").ToList();
        Assert.Equal("Sp", Assert.Single(elections).GetProperty("organiserName").GetString());
        // Listed under the month it starts in, written with both months as the plan writes it.
        var july = year2025.GetProperty("months")[6].GetProperty("items").EnumerateArray();
        Assert.Contains(july, i => i.GetProperty("dateCell").GetString() == "31.7.-3.8.");

        var rules = await client.GetFromJsonAsync<JsonElement>($"/api/calendar/rules?organisationId={innlandet}&year=2026");
        var window = rules.GetProperty("windows")[0];
        Assert.Contains(window.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Hamar Sp" && o.GetProperty("heldOn").GetString() == "2026-01-22");
        Assert.Contains(window.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Kongsvinger Sp" && o.GetProperty("heldOn").ValueKind == JsonValueKind.Null);

        var akershusJune = (await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={akershus}&year=2026")).GetProperty("months")[6].GetProperty("items");
        Assert.DoesNotContain(akershusJune.EnumerateArray(), i => i.GetProperty("title").GetString()!.StartsWith("Tirsdagsmøte", StringComparison.Ordinal));
        var templates = await client.GetFromJsonAsync<JsonElement[]>($"/api/calendar/templates?organisationId={await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync())}");
        Assert.Equal(["Valgår", "Mellomår"], templates!.Select(t => t.GetProperty("yearTypeLabel").GetString()).ToList());
    }

    [Fact]
    public async Task Demo_Members_AddUpToTheSeedsYearEndFigures()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());

        var stats = await client.GetFromJsonAsync<JsonElement>($"/api/members/statistics?organisationId={hedmark}&on=2026-06-01");

        var total = stats.GetProperty("total");
        Assert.Equal(955, total.GetProperty("lastYearEnd").GetInt32());
        Assert.Equal(1035, total.GetProperty("yearEndBefore").GetInt32());
        Assert.Equal(-80, total.GetProperty("change").GetInt32()); // the 2026 plan says «79 færre»; its own figures give 80
        Assert.Equal(130, total.GetProperty("lapsed").GetInt32());
        Assert.Equal(4, stats.GetProperty("regions").GetArrayLength());
        Assert.DoesNotContain(await app.WithDbAsync(db => db.BranchRolls.AsNoTracking().ToListAsync()), r => r.Members.Any(m => m.MemberNumber.Contains(' ')));
        Assert.Equal(955 + 3 * 22, total.GetProperty("target").GetInt32());
        var campaign = (await client.GetFromJsonAsync<JsonElement[]>($"/api/members/campaigns?organisationId={hedmark}"))!.Single();
        Assert.InRange(campaign.GetProperty("recruited").GetInt32(), 1, 45);
    }

    [Fact]
    public async Task Demo_Study_HasThePlansRequirementsWithSomeBranchesDoneAndSomeNot()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());

        var study = await client.GetFromJsonAsync<JsonElement>($"/api/study?organisationId={hedmark}&year=2026");
        var lastYear = await client.GetFromJsonAsync<JsonElement>($"/api/study?organisationId={hedmark}&year=2025");

        var requirements = study.GetProperty("requirements").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        var whoLeads = requirements["Hvem skal lede innen 1. juli"];
        Assert.InRange(whoLeads.GetProperty("done").GetInt32(), 1, whoLeads.GetProperty("total").GetInt32() - 1);
        Assert.Equal("Fylkesstyret", requirements["Minst én studiering i året"].GetProperty("body").GetString());
        var board = study.GetProperty("matrix").EnumerateArray().Single(r => r.GetProperty("unit").GetString() == "Fylkesstyret");
        Assert.Equal("Done", board.GetProperty("cells")[0].GetProperty("state").GetString());
        Assert.True(study.GetProperty("totalHours").GetInt32() > 0 && study.GetProperty("totalHoursLastYear").GetInt32() > 0);
        Assert.Equal("Klar for valgkamp innen 1. mai", lastYear.GetProperty("requirements")[0].GetProperty("name").GetString());
        Assert.All(study.GetProperty("materials").EnumerateArray(), m => Assert.True(m.GetProperty("isDemo").GetBoolean()));
    }

    [Fact]
    public async Task DemoRegionContact_SeesTheirBranchesWithCallsAndAFlag()
    {
        var client = app.AnonymousClient();
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = await RegionContactEmailAsync(), password = DemoLoader.DemoPassword })).EnsureSuccessStatusCode();
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());

        var branches = await client.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={hedmark}");

        Assert.Equal(7, branches!.Length);
        Assert.Equal(4, branches.Count(b => b.GetProperty("lastContact").ValueKind == JsonValueKind.String));
        Assert.Single(branches, b => b.GetProperty("openFlags").GetInt32() == 1);
        Assert.Contains(branches, b => b.GetProperty("regionMeetings").GetInt32() == 1);
        Assert.Contains(branches, b => b.GetProperty("websiteCheckedOn").ValueKind == JsonValueKind.String);
        var card = await client.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={hedmark}");
        Assert.Equal("Hvem skal lede innen 1. juli", card.GetProperty("requiredCircleName").GetString());
        Assert.Contains(branches, b => b.GetProperty("emptyPositions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Demo_BoardWork_HasApprovedMinutes_DecisionsToFollowUp_AndTheExecutiveCommitteesDecisionsBeforeTheBoard()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());
        var meetings = (await client.GetFromJsonAsync<JsonElement>($"/api/meetings?organisationId={hedmark}&from=2026-11-01&to=2026-12-31")).GetProperty("items").EnumerateArray().ToArray();
        Guid Board(string day) => meetings!.Single(m => m.GetProperty("title").GetString() == "Fylkesstyremøte"
            && m.GetProperty("startsAt").GetString()!.StartsWith(day, StringComparison.Ordinal)).GetProperty("id").GetGuid();

        var minutes = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{Board("2026-11-16")}/minutes");
        var december = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{Board("2026-12-08")}");
        var open = (await client.GetFromJsonAsync<JsonElement>($"/api/decisions?organisationId={hedmark}&open=true")).GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal("Approved", minutes.GetProperty("status").GetString());
        Assert.Equal(["Forberedelse av fylkesstyremøtet 8. desember", "Trykking av valgkampmateriell"],
            december.GetProperty("executiveDecisions").EnumerateArray().Select(d => d.GetProperty("title").GetString()));
        Assert.Contains(december.GetProperty("cases").EnumerateArray(), c => c.GetProperty("attachments").GetArrayLength() == 1);
        Assert.True(open!.Length >= 2);
        Assert.All(await app.WithDbAsync(db => db.Decisions.Where(d => d.OrganisationId == hedmark).Select(d => d.IsDemo).ToListAsync()), Assert.True);

        var resolutions = (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions?organisationId={hedmark}&year=2026")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(3, resolutions!.Count(r => r.GetProperty("kind").GetString() == "Resolution"));
        Assert.All(resolutions!, r => Assert.True(r.GetProperty("steps").GetInt32() > 0));
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>($"/api/media?organisationId={hedmark}&year=2026")).GetProperty("items").EnumerateArray().ToArray(), m => m.GetProperty("about").GetString() == "Ordførerforum");
    }

    [Fact]
    public async Task Demo_AnnualMeeting_ElectedTheOfficersTheRegisterHolds_AndAdoptedThePlan()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());
        var meeting = ((await client.GetFromJsonAsync<JsonElement>($"/api/meetings?organisationId={hedmark}&from=2026-02-01&to=2026-02-28")).GetProperty("items").EnumerateArray().ToArray())!
            .Single(m => m.GetProperty("title").GetString() == "Fylkesårsmøtet 2026").GetProperty("id").GetGuid();

        var annual = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting");

        var elections = annual.GetProperty("elections").EnumerateArray().ToList();
        Assert.NotEmpty(elections);
        Assert.All(elections, e => Assert.True(e.GetProperty("registered").GetBoolean()));
        var positions = elections.Select(e => e.GetProperty("positionId").GetGuid()).ToList();
        Assert.Equal(positions.Count, await app.WithDbAsync(db => db.Positions.CountAsync(p => positions.Contains(p.Id))));
        Assert.Equal("Jon Blåbærli", annual.GetProperty("constitution").GetProperty("chair").GetString());
        Assert.True(annual.GetProperty("delegates").GetProperty("total").GetInt32() > 0);
        Assert.Single(annual.GetProperty("plans").EnumerateArray());
    }

    [Fact]
    public async Task Demo_LocalElection2027_HedmarkAndAkershusListsStandAtDifferentStages()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var election = await app.WithDbAsync(db => db.Elections.Where(e => e.Day == new NodaTime.LocalDate(2027, 9, 13))
            .Select(e => new { e.Id, e.OrganisationId }).SingleAsync());

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/elections/{election.Id}/nominations?organisationId={election.OrganisationId}");

        var rows = overview.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        bool Done(string name, string kind) => rows[name].GetProperty("steps").EnumerateArray()
            .Any(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("on").ValueKind == JsonValueKind.String);
        Assert.True(Done("Hamar", "ListAdopted") && Done("Asker", "ListAdopted"));
        Assert.True(Done("Bærum", "TopCandidateChosen") && !Done("Bærum", "ListAdopted"));
        Assert.False(Done("Lillestrøm", "TopCandidateChosen"));
        var asker = await client.GetFromJsonAsync<JsonElement>($"/api/nominations/{rows["Asker"].GetProperty("nominationId").GetGuid()}");
        Assert.Equal(11, asker.GetProperty("list").GetProperty("candidates").GetArrayLength());
        // Hedmark's own «toppkandidat» target is ahead of the party's; Akershus keeps the party's.
        string Target(string name) => rows[name].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "TopCandidateChosen").GetProperty("target").GetString()!;
        Assert.Equal(("2026-12-01", "2026-12-31"), (Target("Hamar"), Target("Asker")));
    }

    [Fact]
    public async Task Demo_HedmarksCampaign_HasFourPhasesWithTasks_AWeeklyLogOfActivities_And2023ResultsToCompareWith()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var (coming, held) = await app.WithDbAsync(async db => (
            await db.Elections.Where(e => e.Day == new NodaTime.LocalDate(2027, 9, 13)).Select(e => e.Id).SingleAsync(),
            await db.Elections.Where(e => e.Day == new NodaTime.LocalDate(2023, 9, 11)).Select(e => e.Id).SingleAsync()));
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());

        var campaign = await client.GetFromJsonAsync<JsonElement>($"/api/elections/{coming}/campaign?organisationId={hedmark}");
        var activity = await client.GetFromJsonAsync<JsonElement>($"/api/elections/{coming}/campaign/activity?organisationId={hedmark}");
        var results = await client.GetFromJsonAsync<JsonElement>($"/api/elections/{held}/results?organisationId={hedmark}");

        var phases = campaign.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(4, phases.Count);
        Assert.All(phases, p => Assert.NotEmpty(p.GetProperty("tasks").EnumerateArray()));
        Assert.Contains(phases.SelectMany(p => p.GetProperty("tasks").EnumerateArray()), t => t.GetProperty("status").GetString() != "NotStarted");
        Assert.True(activity.GetProperty("branches").GetArrayLength() >= 6);
        Assert.True(activity.GetProperty("weeks").GetArrayLength() > 1);
        var resultRows = results.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(resultRows, r => r.GetProperty("name").GetString() == "Hamar" && r.GetProperty("votes").GetInt32() > 0 && r.GetProperty("change").GetDecimal() < 0);
        Assert.True(resultRows.Count(r => r.GetProperty("votes").ValueKind == JsonValueKind.Number) > 10);
    }

    [Fact]
    public async Task Demo_PreviewOfAWeek_HasTheWeeksReminders_AndTheKongsvingerRegionContactsDigestOnMonday()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var contact = await app.WithDbAsync(db => db.Positions.Where(p => p.RegionId != null && db.Regions.Any(r => r.Id == p.RegionId && r.Name == "Kongsvingerregionen"))
            .Select(p => db.Persons.Where(x => x.Id == p.PersonId).Select(x => x.Name).First()).FirstAsync());

        // The test clock's today is Monday 1 June 2026: from Thursday, one day has no digest and a week has next Monday's.
        var thursday = await client.GetFromJsonAsync<JsonElement>("/api/reminders/preview?on=2026-06-04");
        var week = await client.GetFromJsonAsync<JsonElement>("/api/reminders/preview?on=2026-06-04&days=7");
        var tooLong = await client.GetAsync("/api/reminders/preview?on=2026-06-04&days=15");

        var rows = week.GetProperty("reminders").EnumerateArray().ToList();
        Assert.DoesNotContain(thursday.GetProperty("reminders").EnumerateArray(), r => r.GetProperty("kind").GetString() == "RegionDigest");
        var digest = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "RegionDigest" && r.GetProperty("personName").GetString() == contact);
        Assert.Equal("2026-06-08", digest.GetProperty("on").GetString());
        Assert.Contains("Kongsvingerregionen", digest.GetProperty("title").GetString());
        Assert.NotEmpty(digest.GetProperty("lines").EnumerateArray());
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() != "RegionDigest");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Ukesoversikt", System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/paminnelser?dato=2026-06-04")));
    }

    [Fact]
    public async Task Demo_AnnualReport2025_IsDraftedFromTheData_WithRewrittenSections()
    {
        var client = await app.SignedInClientAsync("sekretar@test.no");
        var hedmark = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Hedmark Senterparti").Select(o => o.Id).SingleAsync());

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={hedmark}&year=2025");

        var sections = report.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("kind").GetString()!);
        Assert.Contains("WorkPlan", sections.Keys);
        Assert.Contains("Members", sections.Keys);
        Assert.True(sections["Members"].GetProperty("stale").GetBoolean());
        Assert.False(sections["WorkPlan"].GetProperty("stale").GetBoolean());
        Assert.Equal(JsonValueKind.String, sections["WorkPlan"].GetProperty("text").ValueKind);
    }

    private Task<string> RegionContactEmailAsync() => app.WithDbAsync(async db =>
    {
        var listed = await db.SystemSettings.Where(s => s.Key == SystemSetting.DemoUsers).Select(s => s.Value).SingleAsync();
        return JsonSerializer.Deserialize<List<DemoUser>>(listed)!.Single(u => u.Description.StartsWith("Regionkontakt for Kongsvingerregionen", StringComparison.Ordinal)).Email;
    });
}
