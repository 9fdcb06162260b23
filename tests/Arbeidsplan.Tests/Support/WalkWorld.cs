using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Support;

/// <summary>One row of every resource in one county, made through the API by an administrator; every name carries the county's tag.</summary>
public sealed record Seeded(
    string Tag, Guid Organisation, Guid Branch, Guid Region, Guid Body, Guid Person, Guid Position, Guid PublicOffice, Guid Invitation,
    Guid Plan, Guid Chapter, Guid Goal, Guid Measure, Guid Event, DateOnly Occurrence, Guid RegionMeeting, Guid Window, Guid DeadlineRule,
    Guid Template, Guid Feed, Guid Flag, Guid Material, Guid Circle, Guid Requirement, string MemberNumber, string UserId, Guid Snapshot)
{
    /// <summary>A reminder to the county's person, in the app and in the outbox.</summary>
    public Guid Notification { get; init; }

    public Guid OutboxMessage { get; init; }

    /// <summary>A meeting of the county's body, with its standard cases.</summary>
    public Guid Meeting { get; init; }

    /// <summary>The meeting's first case, and a standing invitee of the body.</summary>
    public Guid MeetingCase { get; init; }

    public Guid Invitee { get; init; }

    /// <summary>A meeting held before the test clock's today, with one case whose minutes hold a decision with a follow-up task.</summary>
    public Guid HeldMeeting { get; init; }

    public Guid HeldCase { get; init; }

    public Guid Decision { get; init; }

    public Guid FollowUp { get; init; }

    /// <summary>A document on the coming meeting's case.</summary>
    public Guid Attachment { get; init; }

    /// <summary>A public election (Valg) of the county, with a municipality it answers for and that municipality's nomination begun.</summary>
    public Guid PublicElection { get; init; }
    public Guid ElectionMunicipality { get; init; }
    public Guid Nomination { get; init; }
    public Guid Candidate { get; init; }

    /// <summary>The county's campaign plan for that election: one task, owned by the seeded person, and one activity logged by the branch.</summary>
    public Guid CampaignTask { get; init; }
    public Guid CampaignActivity { get; init; }

    /// <summary>A local election already held (a by-election in May 2026), with the municipality's list, one candidate and its result.</summary>
    public Guid HeldElection { get; init; }
    public Guid HeldNomination { get; init; }
    public Guid HeldCandidate { get; init; }

    /// <summary>A Sámi parliament election of the county, with one constituency whose list the county fields.</summary>
    public Guid SamiElection { get; init; }

    /// <summary>An election the national party follows up, with the county's own step targets for it.</summary>
    public Guid NationalElection { get; init; }

    /// <summary>A statement of the county, a step of its follow-up and a piece in the media log about it.</summary>
    public Guid Resolution { get; init; }

    public Guid ResolutionStep { get; init; }

    public Guid Media { get; init; }

    /// <summary>A standard item of the county board's own.</summary>
    public Guid AgendaItem { get; init; }

    /// <summary>The county's annual meeting, an office on its election list with a proposal, and one already elected (not yet registered).</summary>
    public Guid AnnualMeeting { get; init; }

    public Guid Election { get; init; }

    public Guid ElectedElection { get; init; }

    /// <summary>Text that appears only in what was seeded here: seen anywhere else, something leaked.</summary>
    public IReadOnlyList<string> Markers => [Tag];
}

/// <summary>The standard world, and one row of every resource in each of its two counties, for the security walk.</summary>
public sealed class WalkWorld : AppFactory, IAsyncLifetime
{
    public World World { get; private set; } = default!;

    /// <summary>Rows in the county where the test users live.</summary>
    public Seeded Home { get; private set; } = default!;

    /// <summary>Rows in the other county, which only the other county's leader (and administrators) may reach.</summary>
    public Seeded Other { get; private set; } = default!;

    public Guid BoardMeetingKind { get; private set; }

    public async Task InitializeAsync()
    {
        World = await Register().WorldAsync();
        var admin = await SignedInClientAsync(World.Admin);
        var kinds = (await admin.GetFromJsonAsync<JsonElement[]>("/api/calendar/kinds"))!
            .ToDictionary(k => k.GetProperty("key").GetString()!, k => k.GetProperty("id").GetGuid());
        BoardMeetingKind = kinds["styremote"];
        Home = await SeedAsync(admin, kinds, "Hjemmerad", World.County, World.BranchA, World.North, World.Board);
        var otherRegion = await Register().RegionAsync(World.OtherCounty, "Vest");
        var otherBranch = await Register().OrganisationAsync("Delta lokallag", Arbeidsplan.Domain.Register.OrganisationKind.Local, World.OtherCounty, otherRegion);
        var otherBoard = await Register().BodyAsync(World.OtherCounty, "Annetfylkesstyret");
        Other = await SeedAsync(admin, kinds, "Skjultrad", World.OtherCounty, otherBranch, otherRegion, otherBoard);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task<Seeded> SeedAsync(HttpClient admin, Dictionary<string, Guid> kinds, string tag, Guid county, Guid branch, Guid region, Guid board)
    {
        var (person, position, office, invitation, body) = await SeedRegisterAsync(admin, tag, county, board);
        var (plan, chapter, goal, measure) = await SeedPlanAsync(admin, tag, county);
        var calendar = await SeedCalendarAsync(admin, kinds, tag, county, board);
        var (memberNumber, snapshot) = await SeedMembersAsync(admin, tag, county, branch);
        var flag = await SeedFollowUpAsync(admin, tag, branch, calendar.RegionMeeting);
        var (material, circle, requirement) = await SeedStudyAsync(admin, tag, county, branch);
        var userEmail = await Register().UserAsync($"{tag.ToLowerInvariant()}-bruker@test.no");
        var userId = await WithDbAsync(db => db.Users.Where(u => u.Email == userEmail).Select(u => u.Id).SingleAsync());
        var meeting = await CreatedId(await admin.PostAsJsonAsync("/api/meetings",
            new { organisationId = county, bodyId = body, title = $"{tag} styremøte", date = "2027-01-12", startTime = "18:00", place = "Hamar" }));
        return new Seeded(tag, county, branch, region, body, person, position, office, invitation, plan, chapter, goal, measure, calendar.Series,
            new DateOnly(2026, 9, 8), calendar.RegionMeeting, calendar.Window, calendar.Rule, calendar.Template, calendar.Feed, flag, material, circle, requirement,
            memberNumber, userId, snapshot)
        {
            Notification = await SeedReminderAsync(tag, person, county, admin),
            OutboxMessage = await WithDbAsync(db => db.OutboxMessages.Where(m => m.PersonId == person).Select(m => m.Id).SingleAsync()),
            Meeting = meeting,
            MeetingCase = await CreatedId(await admin.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = $"{tag} sak" })),
            Invitee = await CreatedId(await admin.PostAsJsonAsync($"/api/bodies/{body}/invitees", new { personId = person, right = "Speak" })),
        } is var seeded ? await SeedPublicElectionAsync(await SeedAccountsAsync(await SeedLogoAsync(await SeedAnnualMeetingAsync(admin, await SeedResolutionAsync(admin, await SeedAttachmentAsync(await SeedMinutesAsync(admin, seeded))))))) : null!;
    }

    private static async Task<Seeded> SeedResolutionAsync(HttpClient admin, Seeded s)
    {
        var resolution = await CreatedId(await admin.PostAsJsonAsync("/api/resolutions", new
        {
            organisationId = s.Organisation, kind = "Resolution", title = $"{s.Tag} resolusjon", text = "Tekst.", adoptedOn = "2026-02-15", adoptedBy = "Årsmøtet",
        }));
        return s with
        {
            AgendaItem = await CreatedId(await admin.PostAsJsonAsync($"/api/bodies/{s.Body}/agenda-items", new { title = $"{s.Tag} fast sak", kind = "Information", place = "End" })),
            Resolution = resolution,
            ResolutionStep = await CreatedId(await admin.PostAsJsonAsync($"/api/resolutions/{resolution}/steps", new { title = $"{s.Tag} brev" })),
            Media = await CreatedId(await admin.PostAsJsonAsync("/api/media",
                new { organisationId = s.Organisation, outlet = "Nationen", publishedOn = "2026-02-20", title = $"{s.Tag} omtale", resolutionId = resolution })),
        };
    }

    private async Task<Seeded> SeedAnnualMeetingAsync(HttpClient admin, Seeded s)
    {
        var body = await CreatedId(await admin.PostAsJsonAsync("/api/bodies", new { organisationId = s.Organisation, name = $"{s.Tag} årsmøte", kind = "AnnualMeeting" }));
        var meeting = await CreatedId(await admin.PostAsJsonAsync("/api/meetings",
            new { organisationId = s.Organisation, bodyId = body, title = $"{s.Tag} årsmøte 2027", date = "2027-03-13", startTime = "10:00", place = "Hamar" }));
        var election = await CreatedId(await admin.PostAsJsonAsync($"/api/meetings/{meeting}/elections",
            new { positionTypeId = World.BoardMember, proposedPersonId = s.Person, termFrom = "2027-03-13", termTo = "2029-03-31" }));
        var elected = await CreatedId(await admin.PostAsJsonAsync($"/api/meetings/{meeting}/elections",
            new { positionTypeId = World.Leader, proposedPersonId = s.Person, termFrom = "2027-03-13", termTo = "2028-03-31" }));
        var version = await WithDbAsync(db => db.ElectionResults.Where(e => e.Id == elected).Select(e => e.Version).SingleAsync());
        (await admin.PutAsJsonAsync($"/api/meetings/{meeting}/elections/{elected}/elected", new { personId = s.Person, vote = "ved akklamasjon", version })).EnsureSuccessStatusCode();
        return s with { AnnualMeeting = meeting, Election = election, ElectedElection = elected };
    }

    /// <summary>A real PNG, small: the reports that print it on their covers read it as an image.</summary>
    public static readonly byte[] Logo = Arbeidsplan.Web.Documents.ChartImage.Png(
        new Arbeidsplan.Domain.Reports.ReportChart("Logo", Arbeidsplan.Domain.Reports.ChartKind.Bars, ["a"], [new Arbeidsplan.Domain.Reports.ChartSeries("a", [1])]), 120, 60).Bytes;

    /// <summary>The county's logo, written directly for the same reason as the case's document.</summary>
    private async Task<Seeded> SeedLogoAsync(Seeded s)
    {
        await WithDbAsync(async db =>
        {
            db.OrganisationLogos.Add(new Arbeidsplan.Domain.Register.OrganisationLogo(s.Organisation, "image/png", Logo, 120, 60, "walk", NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)));
            await db.SaveChangesAsync();
            return 0;
        });
        return s;
    }

    /// <summary>A signed auditor's report, small: the annual report's PDF prints it after its pages.</summary>
    public static readonly byte[] AuditorPdf = new Arbeidsplan.Web.Documents.Paper().Title("Revisors beretning").Text("I orden.").Pdf();

    /// <summary>The county's accounts for the walk's year with the auditor's report, written directly for the same reason as the logo.</summary>
    private async Task<Seeded> SeedAccountsAsync(Seeded s)
    {
        await WithDbAsync(async db =>
        {
            var accounts = new Arbeidsplan.Domain.Reports.AnnualAccounts(s.Organisation, 2026);
            accounts.Set(100_000, 90_000, 20_000, 15_000, [new Arbeidsplan.Domain.Reports.AccountLine($"{s.Tag} kontingent", 40_000)], null);
            db.AnnualAccounts.Add(accounts);
            db.AuditorReports.Add(new Arbeidsplan.Domain.Reports.AuditorReport(accounts.Id, AuditorPdf, $"{s.Tag}-beretning.pdf", 1, "walk", NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)));
            await db.SaveChangesAsync();
            return 0;
        });
        return s;
    }

    /// <summary>The county's local election 2027, a municipality it answers for (its own, numbered by the tag) and that list's first step.</summary>
    private async Task<Seeded> SeedPublicElectionAsync(Seeded s)
    {
        var (election, municipality, nomination, candidate, campaignTask, campaignActivity) = await WithDbAsync(async db =>
        {
            var place = new Arbeidsplan.Domain.Register.Municipality(Arbeidsplan.Domain.Register.MunicipalityNumber.Parse(s.Tag == "Hjemmerad" ? "9801" : "9802"), s.Tag == "Hjemmerad" ? "Valgby nord" : "Valgby sør");
            db.Municipalities.Add(place);
            db.CountyMunicipalities.Add(new Arbeidsplan.Domain.Register.CountyMunicipality(s.Organisation, place.Id));
            var made = new Arbeidsplan.Domain.Elections.Election(s.Organisation, Arbeidsplan.Domain.Elections.ElectionKind.Local, new NodaTime.LocalDate(2027, 9, 13), $"{s.Tag} valg");
            db.Elections.Add(made);
            var nomination = new Arbeidsplan.Domain.Elections.Nomination(made.Id, s.Organisation, place.Id);
            db.Nominations.Add(nomination);
            nomination.Record(Arbeidsplan.Domain.Elections.NominationStepKind.CommitteeAppointed, new NodaTime.LocalDate(2026, 5, 1), made.Day, new NodaTime.LocalDate(2026, 6, 1),
                "walk", $"{s.Tag} komité");
            var candidate = nomination.AddCandidate(s.Person, new Arbeidsplan.Domain.Elections.CandidateFacts(1980, Arbeidsplan.Domain.Members.Gender.Woman, $"{s.Tag} bosted", false, false));
            db.Candidates.Add(candidate);
            var plan = new Arbeidsplan.Domain.Elections.CampaignPlan(made, s.Organisation, Arbeidsplan.Domain.Elections.CampaignTemplate.Phases(made));
            db.CampaignPlans.Add(plan);
            var task = plan.AddTask(made, 2, $"{s.Tag} valgkampoppgave", new Arbeidsplan.Domain.Meetings.FollowUpOwner(s.Person, null, null, null), new NodaTime.LocalDate(2027, 2, 1));
            db.CampaignTasks.Add(task);
            var activity = new Arbeidsplan.Domain.Elections.CampaignActivity(made, s.Branch, Arbeidsplan.Domain.Elections.CampaignActivityKind.Stand, new NodaTime.LocalDate(2026, 5, 30),
                25, $"{s.Tag} stand", "walk", new NodaTime.LocalDate(2026, 6, 1));
            db.CampaignActivities.Add(activity);
            await db.SaveChangesAsync();
            return (made.Id, place.Id, nomination.Id, candidate.Id, task.Id, activity.Id);
        });
        var (held, heldNomination, heldCandidate) = await WithDbAsync(async db =>
        {
            var past = new Arbeidsplan.Domain.Elections.Election(s.Organisation, Arbeidsplan.Domain.Elections.ElectionKind.Local, new NodaTime.LocalDate(2026, 5, 25),
                $"{s.Tag} holdt valg", new NodaTime.LocalDateTime(2026, 3, 1, 12, 0));
            var list = new Arbeidsplan.Domain.Elections.Nomination(past.Id, s.Organisation, municipality);
            var standing = list.AddCandidate(s.Person, new Arbeidsplan.Domain.Elections.CandidateFacts(1980, Arbeidsplan.Domain.Members.Gender.Woman, $"{s.Tag} bosted", false, false));
            db.AddRange(past, list, standing, new Arbeidsplan.Domain.Elections.ListResult(past.Id, s.Organisation, municipality, 300, 11.5m, 1, null));
            await db.SaveChangesAsync();
            return (past.Id, list.Id, standing.Id);
        });
        var sami = await WithDbAsync(async db =>
        {
            var election = new Arbeidsplan.Domain.Elections.Election(s.Organisation, Arbeidsplan.Domain.Elections.ElectionKind.Sameting, new NodaTime.LocalDate(2029, 9, 10), $"{s.Tag} sametingsvalg");
            db.AddRange(election, new Arbeidsplan.Domain.Elections.Constituency(election.Id, 7, $"{s.Tag} valgkrets", s.Organisation));
            await db.SaveChangesAsync();
            return election.Id;
        });
        // The national party's election carries no tag: every county under it sees it. The county's own targets are its alone.
        var national = await WithDbAsync(async db =>
        {
            var made = new Arbeidsplan.Domain.Elections.Election(World.National, Arbeidsplan.Domain.Elections.ElectionKind.Storting, new NodaTime.LocalDate(2029, 9, 10), "Landets stortingsvalg");
            var own = new Arbeidsplan.Domain.Elections.CountyStepTargets(made.Id, s.Organisation);
            own.Set([new Arbeidsplan.Domain.Elections.StepTarget(Arbeidsplan.Domain.Elections.NominationStepKind.TopCandidateChosen, new NodaTime.LocalDate(2028, 11, 30))], made.Day, made.TargetFor);
            db.AddRange(made, own);
            await db.SaveChangesAsync();
            return made.Id;
        });
        return s with
        {
            NationalElection = national, PublicElection = election, ElectionMunicipality = municipality, Nomination = nomination, Candidate = candidate, CampaignTask = campaignTask,
            CampaignActivity = campaignActivity, HeldElection = held, HeldNomination = heldNomination, HeldCandidate = heldCandidate, SamiElection = sami,
        };
    }

    /// <summary>The walk's clients post files with the sign-in cookie, which a form needs the page's token for: the document is written directly.</summary>
    private async Task<Seeded> SeedAttachmentAsync(Seeded s) => s with
    {
        Attachment = await WithDbAsync(async db =>
        {
            var item = await db.MeetingCases.SingleAsync(c => c.Id == s.MeetingCase);
            var added = new Arbeidsplan.Domain.Meetings.CaseAttachment(item, $"{s.Tag}-vedlegg.txt", System.Text.Encoding.UTF8.GetBytes($"{s.Tag} vedlegg"));
            db.CaseAttachments.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        }),
    };

    private async Task<Seeded> SeedMinutesAsync(HttpClient admin, Seeded s)
    {
        var held = await CreatedId(await admin.PostAsJsonAsync("/api/meetings",
            new { organisationId = s.Organisation, bodyId = s.Body, title = $"{s.Tag} holdt møte", date = "2026-05-20", startTime = "18:00", place = "Hamar" }));
        var item = await CreatedId(await admin.PostAsJsonAsync($"/api/meetings/{held}/cases", new { kind = "Decision", title = $"{s.Tag} vedtakssak" }));
        (await admin.PutAsJsonAsync($"/api/meetings/{held}/minutes/cases/{item}", new { decision = $"{s.Tag} vedtak", vote = "Unanimous", version = await VersionAsync(item) })).EnsureSuccessStatusCode();
        var minutes = await admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{held}/minutes");
        var decision = minutes.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == item).GetProperty("decisionId").GetGuid();
        var task = await CreatedId(await admin.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = $"{s.Tag} oppgave", dueOn = "2026-07-01", personId = s.Person }));
        return s with { HeldMeeting = held, HeldCase = item, Decision = decision, FollowUp = task };
    }

    /// <summary>Reminders are written by the System, never through the API: the walk's rows are written as the run writes them.</summary>
    private async Task<Guid> SeedReminderAsync(string tag, Guid person, Guid county, HttpClient admin)
    {
        var defaults = await admin.PutAsJsonAsync("/api/reminders/defaults", new { organisationId = county, kinds = new[] { new { kind = "MeasureDue", enabled = true, daysBefore = 5 } } });
        defaults.EnsureSuccessStatusCode();
        return await WithDbAsync(async db =>
        {
            var at = Clock.GetCurrentInstant();
            var key = $"walk:{tag}";
            var note = new Arbeidsplan.Domain.Reminders.Notification(key, person, Arbeidsplan.Domain.Reminders.ReminderKind.MeasureDue, $"{tag} påminnelse", $"{tag} tekst", "/plan", at);
            db.Notifications.Add(note);
            db.OutboxMessages.Add(new Arbeidsplan.Domain.Reminders.OutboxMessage(key, person, county, Arbeidsplan.Domain.Reminders.ReminderKind.MeasureDue,
                $"{tag.ToLowerInvariant()}@test.no", $"{tag} påminnelse", $"{tag} tekst", $"<p>{tag} tekst</p>", at));
            await db.SaveChangesAsync();
            return note.Id;
        });
    }

    private async Task<(Guid Person, Guid Position, Guid Office, Guid Invitation, Guid Body)> SeedRegisterAsync(HttpClient admin, string tag, Guid county, Guid board)
    {
        var person = await Created(await admin.PostAsJsonAsync("/api/persons",
            new { organisationId = county, name = $"{tag} Person", email = $"{tag.ToLowerInvariant()}@test.no", phone = "12345678" }));
        var position = await Created(await admin.PostAsJsonAsync("/api/positions",
            new { personId = person, positionTypeId = World.BoardMember, bodyId = board, from = "2026-02-15", to = "2027-02-14" }));
        var office = await Created(await admin.PostAsJsonAsync("/api/public-offices",
            new { personId = person, kind = "Mayor", place = $"{tag} kommune", from = "2023-10-01" }));
        var invitation = await Created(await admin.PostAsJsonAsync("/api/invitations", new { personId = person }));
        var body = await Created(await admin.PostAsJsonAsync("/api/bodies", new { organisationId = county, name = $"{tag} utvalg", kind = "Committee" }));
        return (person, position, office, invitation, body);
    }

    private static async Task<(Guid Plan, Guid Chapter, Guid Goal, Guid Measure)> SeedPlanAsync(HttpClient admin, string tag, Guid county)
    {
        var plan = await Created(await admin.PostAsJsonAsync("/api/plans",
            new { organisationId = county, title = $"{tag} arbeidsplan", kind = "Annual", fromYear = 2026, toYear = 2026 }));
        var chapter = await Created(await admin.PostAsJsonAsync($"/api/plans/{plan}/chapters", new { number = "1", title = $"{tag} kapittel", order = 1 }));
        var goal = await Created(await admin.PostAsJsonAsync($"/api/plans/{plan}/goals", new { chapterId = chapter, text = $"{tag} mål", order = 1 }));
        var measure = await Created(await admin.PostAsJsonAsync($"/api/plans/{plan}/measures",
            new { chapterId = chapter, code = "1.1", text = $"{tag} tiltak", owner = "Leder", timing = "Mars", order = 1, goalIds = new[] { goal } }));
        await Ok(await admin.PostAsJsonAsync($"/api/measures/{measure}/status", new { status = "UnderWay", on = "2026-05-01", note = $"{tag} notat", version = 1 }));
        return (plan, chapter, goal, measure);
    }

    private static async Task<(Guid Series, Guid RegionMeeting, Guid Window, Guid Rule, Guid Template, Guid Feed)> SeedCalendarAsync(
        HttpClient admin, Dictionary<string, Guid> kinds, string tag, Guid county, Guid board)
    {
        var series = await Created(await admin.PostAsJsonAsync("/api/events", new
        {
            organisationId = county, kindId = kinds["styremote"], bodyId = board, title = $"{tag} styremøte", startDate = "2026-09-01",
            visibility = "Public", status = "Confirmed", repeat = new { frequency = "Weekly", interval = 1, count = 5 },
        }));
        var regionMeeting = await Created(await admin.PostAsJsonAsync("/api/events", new
        {
            organisationId = county, kindId = kinds["regionmote"], title = $"{tag} regionmøte", startDate = "2026-03-10", visibility = "Public", status = "Confirmed",
        }));
        var window = await CreatedId(await admin.PostAsJsonAsync("/api/calendar/windows", new
        {
            organisationId = county, title = $"{tag} årsmøtevindu", kindId = kinds["arsmote"], appliesTo = "Local", fromMonth = 1, fromDay = 1, toMonth = 1, toDay = 31,
        }));
        var rule = await CreatedId(await admin.PostAsJsonAsync("/api/calendar/deadline-rules",
            new { organisationId = county, title = $"{tag} innkallingsfrist", kindId = kinds["styremote"], bodyId = board, daysBefore = 14 }));
        var template = await CreatedId(await admin.PostAsJsonAsync("/api/calendar/templates", new
        {
            organisationId = county, name = $"{tag} mal", yearType = "MidTerm", items = new[] { new { month = 3, day = 5, kindId = kinds["kurs"], title = $"{tag} kurs" } },
        }));
        var feed = await Created(await admin.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = county, name = $"{tag} feed" }));
        return (series, regionMeeting, window, rule, template, feed);
    }

    private static async Task<(string MemberNumber, Guid Snapshot)> SeedMembersAsync(HttpClient admin, string tag, Guid county, Guid branch)
    {
        var memberNumber = tag.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "4242";
        var branchName = (await admin.GetFromJsonAsync<JsonElement>($"/api/organisations/{branch}")).GetProperty("name").GetString();
        var import = await admin.PostAsJsonAsync("/api/members/import", new
        {
            organisationId = county, takenOn = "2025-12-31", apply = true, fileName = $"{tag}.csv",
            text = $"Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n{memberNumber};{branchName};01.03.2025;2025;1980;K\n",
        });
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        var snapshot = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("snapshotId").GetGuid();
        await Ok(await admin.PutAsJsonAsync("/api/members/targets", new { organisationId = county, year = 2026, targets = new[] { new { branchId = branch, target = 10 } } }));
        await CreatedId(await admin.PostAsJsonAsync("/api/members/campaigns",
            new { organisationId = county, name = $"{tag} kampanje", from = "2026-01-01", to = "2026-12-31", target = 20 }));
        return (memberNumber, snapshot);
    }

    private static async Task<Guid> SeedFollowUpAsync(HttpClient admin, string tag, Guid branch, Guid regionMeeting)
    {
        await CreatedId(await admin.PostAsJsonAsync($"/api/branches/{branch}/contacts", new { on = "2026-04-01", channel = "Phone", note = $"{tag} samtale" }));
        var flag = await CreatedId(await admin.PostAsJsonAsync($"/api/branches/{branch}/flags", new { reasons = new[] { "Recruitment" }, note = $"{tag} flagg" }));
        await Ok(await admin.PutAsJsonAsync($"/api/branches/{branch}/checks", new { websiteCheckedOn = "2026-04-01", version = 0 }));
        await Ok(await admin.PostAsJsonAsync($"/api/branches/{branch}/region-meetings", new { eventId = regionMeeting, attended = true }));
        return flag;
    }

    private static async Task<(Guid Material, Guid Circle, Guid Requirement)> SeedStudyAsync(HttpClient admin, string tag, Guid county, Guid branch)
    {
        var material = await CreatedId(await admin.PostAsJsonAsync("/api/study/materials", new { organisationId = county, name = $"{tag} studiemateriell", kind = "Circle" }));
        var circle = await CreatedId(await admin.PostAsJsonAsync("/api/study/circles", new
        {
            organisationId = branch, materialId = material, startsOn = "2026-03-01", endsOn = "2026-04-01", participants = 5, hours = 8, leaderName = $"{tag} studieleder",
        }));
        var requirement = await CreatedId(await admin.PostAsJsonAsync("/api/study/requirements",
            new { organisationId = county, name = $"{tag} krav", kind = "CompleteMaterial", year = 2026, materialId = material, dueOn = "2026-07-01" }));
        return (material, circle, requirement);
    }

    private static async Task<Guid> CreatedId(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
