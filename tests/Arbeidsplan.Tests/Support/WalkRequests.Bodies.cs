using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Support;

/// <summary>The bodies of the security walk's requests: for each route group one its routes would accept, at the version a client read.</summary>
public sealed partial class WalkRequests
{
    /// <summary>The version a client would have read of the row a body changes: the addressed row, or the part the route names.</summary>
    private async Task<long> BodyVersionAsync(WalkRoute route) => route.Pattern switch
    {
        // A resolution's step, a case's minutes and the minutes themselves are versioned on their own.
        var p when p.Contains("{stepId", StringComparison.Ordinal) => await VersionAsync(s.ResolutionStep),
        var p when p.Contains("/minutes/cases/", StringComparison.Ordinal) => await VersionAsync(s.HeldCase),
        var p when p.Contains("/minutes/", StringComparison.Ordinal) => await app.MinutesVersionAsync(s.HeldMeeting),
        var p when p.StartsWith("/api/reports/annual/", StringComparison.Ordinal) && !p.Contains("/accounts", StringComparison.Ordinal) =>
            await app.WithDbAsync(db => db.AnnualReports.Where(r => r.OrganisationId == s.Organisation && r.Year == 2026).Select(r => r.Version).SingleOrDefaultAsync()),
        "/api/reports/annual/accounts" =>
            await app.WithDbAsync(db => db.AnnualAccounts.Where(a => a.OrganisationId == s.Organisation && a.Year == 2026).Select(a => a.Version).SingleOrDefaultAsync()),
        "/api/elections/{id:guid}/results" => await app.WithDbAsync(db => db.ListResults
            .Where(r => r.ElectionId == s.HeldElection && r.MunicipalityId == s.ElectionMunicipality).Select(r => r.Version).SingleOrDefaultAsync()),
        "/api/elections/rules" => await app.WithDbAsync(db => db.StepDefaults
            .Where(d => d.Kind == Arbeidsplan.Domain.Elections.NominationStepKind.TopCandidateChosen).Select(d => d.Version).SingleAsync()),
        "/api/elections/{id:guid}/campaign/phases" => await app.WithDbAsync(db => db.CampaignPlans
            .Where(p => p.ElectionId == s.PublicElection && p.OrganisationId == s.Organisation).Select(p => p.Version).SingleAsync()),
        "/api/elections/{id:guid}/county-targets" => await app.WithDbAsync(db => db.CountyStepTargets
            .Where(t => t.ElectionId == s.NationalElection && t.OrganisationId == s.Organisation).Select(t => t.Version).SingleAsync()),
        // A candidate, the seats and the steps are versioned with their list (the nomination).
        "/api/elections/{id:guid}/candidates" or "/api/elections/{id:guid}/seats" or "/api/elections/{id:guid}/nominations/steps" or "/api/candidates/{id:guid}" =>
            await VersionAsync(s.Nomination),
        _ when route.Addresses => await VersionAsync(IdFor(route.Pattern)),
        _ => 0,
    };

    /// <summary>A body the route would accept, from the group of routes it belongs to; null when no group knows it.</summary>
    private async Task<object?> BodyAsync(WalkRoute route)
    {
        var version = await BodyVersionAsync(route);
        var pattern = route.Pattern;
        return await RegisterBodyAsync(pattern, version) ?? await PlanBodyAsync(pattern, version) ?? CalendarBody(pattern, version)
            ?? await MemberBodyAsync(pattern) ?? await BranchBodyAsync(pattern, version) ?? StudyBody(pattern, version) ?? await ReminderBodyAsync(pattern) ?? MeetingBody(pattern, version) ?? ElectionBody(pattern, version)
            ?? AccessBody(pattern);
    }

    private async Task<object?> RegisterBodyAsync(string pattern, long version) => pattern switch
    {
        "/api/organisations" => new { name = $"{s.Tag} nytt lag", kind = "Local", parentId = s.Organisation, regionId = s.Region },
        "/api/organisations/{id:guid}" => new { name = $"{s.Tag} endret", kind = "County", parentId = W.National, version },
        "/api/regions" => new { organisationId = s.Organisation, name = $"{s.Tag} ny region" },
        "/api/regions/{id:guid}" => new { organisationId = s.Organisation, name = $"{s.Tag} omdøpt", version },
        "/api/municipalities" or "/api/municipalities/{id:guid}" => new { number = "9999", name = "Innbruddkommune", version },
        "/api/bodies" => new { organisationId = s.Organisation, name = $"{s.Tag} nytt organ", kind = "Committee" },
        "/api/bodies/{id:guid}" => new { organisationId = s.Organisation, name = $"{s.Tag} endret organ", kind = "Committee", memberOrganisationIds = new[] { s.Branch }, version },
        "/api/persons" => new { organisationId = s.Organisation, name = $"{s.Tag} ny person" },
        "/api/persons/{id:guid}" => new { organisationId = s.Organisation, name = $"{s.Tag} Person", email = "kapret@test.no", version },
        "/api/public-offices" => new { personId = s.Person, kind = "GroupLeader", place = $"{s.Tag} kommune", from = "2024-01-01" },
        "/api/positions" => new { personId = s.Person, positionTypeId = W.Leader, organisationId = s.Organisation, from = "2026-03-01" },
        "/api/positions/{id:guid}" => new { from = "2026-02-15", to = "2030-02-14", version },
        "/api/position-types" => new { organisationId = s.Organisation, name = "Innbruddsverv", scope = "Subtree" },
        "/api/position-types/{id:guid}" => new { name = "Leder", scope = "Subtree", version },
        "/api/position-types/import-duties" => new { organisationId = s.Organisation, text = "# Leder\n- Leder styret" },
        "/api/invitations" => new { personId = s.Person },
        "/api/persons/{id:guid}/erase" => new { confirmName = await PersonNameAsync() },
        _ => null,
    };

    private async Task<object?> PlanBodyAsync(string pattern, long version) => pattern switch
    {
        "/api/plans" => new { organisationId = s.Organisation, title = $"{s.Tag} ny plan", kind = "Annual", fromYear = 2027, toYear = 2027 },
        "/api/plans/{id:guid}" => new { organisationId = s.Organisation, title = $"{s.Tag} endret plan", kind = "Annual", fromYear = 2026, toYear = 2026, version },
        "/api/plans/{id:guid}/chapters" => new { number = "2", title = $"{s.Tag} nytt kapittel", order = 2 },
        "/api/plans/{id:guid}/chapters/{chapterId:guid}" => new { number = "1", title = $"{s.Tag} endret kapittel", order = 1, version = await VersionAsync(s.Chapter) },
        "/api/plans/{id:guid}/goals" => new { chapterId = s.Chapter, text = $"{s.Tag} nytt mål", order = 2 },
        "/api/plans/{id:guid}/goals/{goalId:guid}" => new { chapterId = s.Chapter, text = $"{s.Tag} endret mål", order = 1, version = await VersionAsync(s.Goal) },
        "/api/plans/{id:guid}/measures" => new { chapterId = s.Chapter, code = "1.2", text = $"{s.Tag} nytt tiltak", timing = "April", order = 2 },
        "/api/measures/{id:guid}" => new { chapterId = s.Chapter, code = "1.1", text = $"{s.Tag} endret tiltak", timing = "Mai", order = 1, goalIds = new[] { s.Goal }, version },
        "/api/measures/{id:guid}/status" => new { status = "Done", on = "2026-06-01", note = "Innbrudd", version },
        "/api/plans/{id:guid}/propose" => new { version },
        "/api/plans/{id:guid}/adopt" or "/api/plans/{id:guid}/revise" => new { meeting = "Årsmøtet", on = "2026-03-01", version },
        "/api/plans/{id:guid}/roll-over" => new { title = $"{s.Tag} rullert" },
        "/api/plans/import" => new { organisationId = s.Organisation, title = $"{s.Tag} importert", kind = "Annual", fromYear = 2027, toYear = 2027, text = PlanText, apply = true },
        "/api/plans/import/file" => Form(("organisationId", s.Organisation.ToString()), ("title", $"{s.Tag} fil"), ("kind", "Annual"), ("fromYear", "2027"), ("toYear", "2027"),
            ("apply", "true"), ("@File", "plan.txt|" + PlanText)),
        _ => null,
    };

    private object? CalendarBody(string pattern, long version) => pattern switch
    {
        "/api/events" => EventBody(0),
        "/api/events/{id:guid}" => EventBody(version),
        "/api/events/{id:guid}/confirm" or "/api/events/{id:guid}/cancel" => new { version },
        "/api/events/{id:guid}/occurrences" => new { originalDate = s.Occurrence, cancel = true, version },
        "/api/calendar/windows" or "/api/calendar/windows/{id:guid}" => new
        {
            organisationId = s.Organisation, title = $"{s.Tag} vindu", kindId = app.BoardMeetingKind, appliesTo = "Local", fromMonth = 2, fromDay = 1, toMonth = 2, toDay = 28, version,
        },
        "/api/calendar/deadline-rules" or "/api/calendar/deadline-rules/{id:guid}" => new
        {
            organisationId = s.Organisation, title = $"{s.Tag} frist", kindId = app.BoardMeetingKind, daysBefore = 7, version,
        },
        "/api/calendar/templates" or "/api/calendar/templates/{id:guid}" => new
        {
            organisationId = s.Organisation, name = $"{s.Tag} mal 2", yearType = "ElectionYear", version,
            items = new[] { new { month = 4, day = 2, kindId = app.BoardMeetingKind, title = $"{s.Tag} møte" } },
        },
        "/api/calendar/templates/{id:guid}/apply" => new { organisationId = s.Organisation, year = 2027 },
        "/api/calendar/templates/import" => new { organisationId = s.Organisation, text = "Måned | Valgår | Mellomår\nMars | Valgkampplan | Medlemsmøte", apply = true },
        "/api/calendar/copy-year" => new { organisationId = s.Organisation, fromYear = 2026 },
        "/api/calendar/confirm-drafts" => new { organisationId = s.Organisation, year = 2027 },
        "/api/calendar/feeds" => new { scope = "Organisation", organisationId = s.Organisation, name = $"{s.Tag} ny feed" },
        "/api/calendar/import" => new { organisationId = s.Organisation, year = 2027, text = DatePlanText, apply = true },
        "/api/calendar/import/file" => Form(("organisationId", s.Organisation.ToString()), ("year", "2027"), ("apply", "true"), ("@File", "datoplan.txt|" + DatePlanText)),
        _ => null,
    };

    private async Task<object?> MemberBodyAsync(string pattern) => pattern switch
    {
        "/api/members/import" => new { organisationId = s.Organisation, takenOn = "2026-05-31", text = await MemberCsvAsync(), apply = true, fileName = "ny.csv" },
        "/api/members/import/file" => Form(("organisationId", s.Organisation.ToString()), ("takenOn", "2026-04-30"), ("apply", "true"), ("@File", "ny.csv|" + await MemberCsvAsync() + "\n")),
        "/api/members/year-end" => new { organisationId = s.Organisation, year = 2024, figures = new[] { new { branchId = s.Branch, paying = 12 } } },
        "/api/members/targets" => new { organisationId = s.Organisation, year = 2027, targets = new[] { new { branchId = s.Branch, target = 99 } } },
        "/api/members/campaigns" => new { organisationId = s.Organisation, name = $"{s.Tag} ny kampanje", from = "2026-02-01", to = "2026-11-30", target = 5 },
        _ => null,
    };

    private async Task<object?> BranchBodyAsync(string pattern, long version) => pattern switch
    {
        "/api/branches/{id:guid}/member-lists/marks" => new { memberNumber = s.MemberNumber, list = "New", done = true },
        "/api/branches/settings" => await SettingsBodyAsync(),
        "/api/branches/{id:guid}/contacts" => new { on = "2026-06-01", channel = "Meeting", note = "Innbrudd" },
        "/api/branches/{id:guid}/flags" => new { reasons = new[] { "Finances" }, note = "Innbrudd" },
        "/api/branches/{id:guid}/checks" => new { websiteCheckedOn = "2026-06-01", socialMediaCheckedOn = "2026-06-01", version = await ChecksVersionAsync() },
        "/api/branches/{id:guid}/region-meetings" => new { eventId = s.RegionMeeting, attended = false },
        "/api/flags/{id:guid}/close" => new { on = "2026-06-01", note = "Lukket", version },
        _ => null,
    };

    private object? StudyBody(string pattern, long version) => pattern switch
    {
        "/api/study/materials" => new { organisationId = s.Organisation, name = $"{s.Tag} nytt materiell", kind = "DigitalCourse" },
        "/api/study/circles" or "/api/study/circles/{id:guid}" => new
        {
            organisationId = s.Branch, materialId = s.Material, startsOn = "2026-05-01", endsOn = "2026-05-20", participants = 4, hours = 6, leaderName = "Innbrudd", version,
        },
        "/api/study/requirements" => new { organisationId = s.Organisation, name = $"{s.Tag} nytt krav", kind = "CircleEachYear", year = 2026 },
        _ => null,
    };

    private object? MeetingBody(string pattern, long version) => pattern switch
    {
        "/api/meetings/{id:guid}" => new { title = $"{s.Tag} styremøte", date = "2027-01-12", startTime = "18:00", place = "Hamar", version },
        "/api/meetings" => new { organisationId = s.Organisation, bodyId = s.Body, title = $"{s.Tag} nytt møte", date = "2027-02-09", startTime = "18:00" },
        "/api/meetings/{id:guid}/cases" => new { kind = "Decision", title = $"{s.Tag} ny sak" },
        "/api/meetings/{id:guid}/cases/{caseId:guid}" => new { kind = "Decision", title = $"{s.Tag} endret sak", version },
        "/api/bodies/{bodyId:guid}/agenda-items" => new { title = $"{s.Tag} fast sak", kind = "Information", place = "End" },
        "/api/bodies/{bodyId:guid}/quorum" => new { atLeast = 3, version },
        "/api/resolutions" => new { organisationId = s.Organisation, kind = "Statement", title = $"{s.Tag} ny uttalelse", text = "Tekst.", adoptedOn = "2026-03-01", adoptedBy = "Styret" },
        "/api/resolutions/{id:guid}" => new { organisationId = s.Organisation, kind = "Statement", title = $"{s.Tag} endret uttalelse", text = "Tekst.", adoptedOn = "2026-03-01", adoptedBy = "Styret", version },
        "/api/resolutions/{id:guid}/steps" => new { title = $"{s.Tag} nytt steg" },
        "/api/resolutions/{id:guid}/steps/{stepId:guid}" => new { title = $"{s.Tag} steg", status = "UnderWay", version },
        "/api/media" => new { organisationId = s.Organisation, outlet = "Nationen", publishedOn = "2026-03-02", title = $"{s.Tag} omtale" },
        "/api/meetings/{id:guid}/cases/{caseId:guid}/attachments" => Form(("@file", $"{s.Tag.ToLowerInvariant()}-notat.txt|{s.Tag} notat")),
        "/api/organisations/{id:guid}/logo" => new MultipartFormDataContent { { new ByteArrayContent(WalkWorld.Logo), "file", "logo.png" } },
        "/api/meetings/{id:guid}/attendance" => new { personId = s.Person, reply = "Coming" },
        "/api/meetings/{id:guid}/constitution" => new { chair = $"{s.Tag} Møteleder", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Siv Strek", voteCounters = new[] { "Tor Teller" } },
        "/api/meetings/{id:guid}/elections" => new { positionTypeId = W.BoardMember, termFrom = "2027-03-13" },
        "/api/meetings/{id:guid}/elections/{electionId:guid}" => new { positionTypeId = W.BoardMember, proposedPersonId = s.Person, termFrom = "2027-03-14", version },
        // Takes the result back, so the office stays open for the walk's deletion of it; the seeded elected one is registered.
        "/api/meetings/{id:guid}/elections/{electionId:guid}/elected" => new { personId = (Guid?)null, version },
        "/api/reports/annual/sections" => new { organisationId = s.Organisation, year = 2026, kind = "Organisation", text = $"{s.Tag} årsmelding" },
        "/api/reports/annual/adopt" => new { organisationId = s.Organisation, year = 2026, on = "2026-06-01", version },
        "/api/reports/annual/reopen" => new { organisationId = s.Organisation, year = 2026, reason = $"{s.Tag} rettelse", version },
        "/api/reports/annual/submit" => new { organisationId = s.Organisation, year = 2026, version },
        "/api/reports/annual/accounts" => new { organisationId = s.Organisation, year = 2026, income = 120_000, expenses = 100_000, version },
        "/api/reports/annual/accounts/import" => Form(("organisationId", s.Organisation.ToString()), ("year", "2026"), ("apply", "true"),
            ("@file", $"regnskap.csv|Post;Beløp\n{s.Tag} kontingent;5 000\nSum inntekter;110 000\nSum kostnader;95 000")),
        "/api/reports/annual/accounts/auditor" => new MultipartFormDataContent
        {
            { new StringContent(s.Organisation.ToString()), "organisationId" }, { new StringContent("2026"), "year" }, { new ByteArrayContent(WalkWorld.AuditorPdf), "file", "beretning.pdf" },
        },
        "/api/organisations/{organisationId:guid}/delegate-rule" => new { baseDelegates = 2, baseCovers = 50, membersPerExtra = 25, startedCounts = true, countMonth = 12, countDay = 31 },
        "/api/meetings/answer" => new { reply = "Coming" },
        "/api/bodies/{bodyId:guid}/invitees" => new { personId = s.Person, right = "Speak" },
        "/api/meetings/{id:guid}/minutes/present" => new { present = new[] { s.Person }, version },
        "/api/meetings/{id:guid}/minutes/cases/{caseId:guid}" => new { decision = $"{s.Tag} vedtak rettet", vote = "Unanimous", version },
        // Approved by the later meeting, since the walker was not present to sign; the correction then opens a new version.
        "/api/meetings/{id:guid}/minutes/approve" => new { atMeetingId = s.Meeting, version },
        "/api/meetings/{id:guid}/minutes/corrections" => new { reason = $"{s.Tag} rettelse", version },
        "/api/decisions/{decisionId:guid}/follow-ups" => new { title = $"{s.Tag} ny oppgave", dueOn = "2026-08-01", bodyId = s.Body },
        "/api/decisions/{decisionId:guid}/measures" => new { measureId = s.Measure },
        "/api/follow-ups/{taskId:guid}/reports" => new { status = "UnderWay", note = $"{s.Tag} rapport", version },
        "/api/bodies/{bodyId:guid}/decisions" => new { title = $"{s.Tag} sirkulasjon", text = "Vedtatt.", decidedOn = "2026-05-25", vote = "Unanimous" },
        _ => null,
    };

    private object? ElectionBody(string pattern, long version) => pattern switch
    {
        "/api/elections" => new { organisationId = s.Organisation, kind = "Storting", day = "2029-09-10", name = $"{s.Tag} stortingsvalg" },
        "/api/elections/{id:guid}" => new { organisationId = s.Organisation, kind = "Local", day = "2027-09-13", name = $"{s.Tag} valg endret", version },
        "/api/elections/rules" => new { stepDefaults = new[] { new { kind = "TopCandidateChosen", yearsBefore = 1, month = 12, day = 31, version } } },
        "/api/elections/{id:guid}/county-targets" => new { organisationId = s.Organisation, targets = new Dictionary<string, string> { ["TopCandidateChosen"] = "2028-11-15" }, version },
        "/api/elections/municipalities" => new { organisationId = s.Organisation, municipalities = new[] { s.Tag == "Hjemmerad" ? "9801" : "9802" } },
        "/api/elections/{id:guid}/candidates" => new { countyId = s.Organisation, municipalityId = s.ElectionMunicipality, name = $"{s.Tag} kandidat", birthYear = 1990, gender = "Man", version },
        "/api/elections/{id:guid}/constituencies" => new { constituencies = new[] { new { number = 7, organisationId = s.Organisation } } },
        "/api/elections/{id:guid}/seats" => new { countyId = s.Organisation, municipalityId = s.ElectionMunicipality, seats = 27, version },
        "/api/candidates/{id:guid}" => new { birthYear = 1981, gender = "Woman", residence = $"{s.Tag} sted", place = 1, version },
        "/api/elections/{id:guid}/results" => new { countyId = s.Organisation, municipalityId = s.ElectionMunicipality, votes = 100, share = 10.0, seats = 2, version },
        "/api/elections/{id:guid}/results/import" => new { organisationId = s.Organisation, text = $"Kommunenummer;Antall stemmer totalt;Oppslutning prosentvis\n{(s.Tag == "Hjemmerad" ? "9801" : "9802")};100;10", apply = true },
        "/api/nominations/{id:guid}/personal-votes" => new { votes = new Dictionary<Guid, int?> { [s.HeldCandidate] = 12 }, version },
        "/api/nominations/{id:guid}/elected" => new { },
        // The county has its plan; the branch starts its own.
        "/api/elections/{id:guid}/campaign" => new { organisationId = s.Branch },
        // The county's plan keeps its four phases (its task is in the second), the first renamed.
        "/api/elections/{id:guid}/campaign/phases" => new
        {
            organisationId = s.Organisation, version, phases = new[]
            {
                new { number = 1, name = $"{s.Tag} oppstart", from = "2026-11-01", to = "2026-12-31" }, new { number = 2, name = "Plan", from = "2027-01-01", to = "2027-03-31" },
                new { number = 3, name = "Forberedelser", from = "2027-04-01", to = "2027-06-30" }, new { number = 4, name = "Valgkampen", from = "2027-07-01", to = "2027-09-13" },
            },
        },
        "/api/elections/{id:guid}/campaign/tasks" => new { organisationId = s.Organisation, phase = 2, title = $"{s.Tag} ny oppgave", dueOn = "2027-02-10", positionTypeId = W.BoardMember },
        "/api/campaign-tasks/{id:guid}" => new { phase = 3, title = $"{s.Tag} oppgave endret", dueOn = "2027-05-10", personId = s.Person, version },
        "/api/campaign-tasks/{id:guid}/reports" => new { status = "UnderWay", note = $"{s.Tag} i gang", version },
        "/api/campaign-activities" => new { electionId = s.PublicElection, organisationId = s.Branch, kind = "DoorToDoor", on = "2026-05-31", count = 40, note = $"{s.Tag} dører" },
        "/api/elections/{id:guid}/nominations/steps" => new { countyId = s.Organisation, municipalityId = s.ElectionMunicipality, kind = "CommitteeTrained", on = "2026-05-20", note = $"{s.Tag} kurs", version },
        _ => null,
    };

    private async Task<object?> ReminderBodyAsync(string pattern) => pattern switch
    {
        // The walker's own choices: a value out of range, so the walk changes nothing of its own either.
        "/api/reminders/preferences" => new { kinds = new[] { new { kind = "MeasureDue", enabled = true, daysBefore = 400 } } },
        "/api/reminders/defaults" => new
        {
            organisationId = s.Organisation, kinds = new[] { new { kind = "MeasureDue", enabled = false } }, quietPeriods = "07-01..07-31",
            settingsVersion = await app.WithDbAsync(db => db.ReminderSettings.Where(r => r.OrganisationId == s.Organisation).Select(r => r.Version).SingleOrDefaultAsync()),
        },
        _ => null,
    };

    private static object? AccessBody(string pattern) => pattern switch
    {
        "/logg-ut" => Form(("returnUrl", "/")),
        "/api/account/password" => new { currentPassword = "ikke-passordet-1", newPassword = "Nytt-passord-42" },
        "/api/account/two-factor" => new { code = "000000" },
        "/api/users/{id}/deactivate" => new { reason = "Sluttet" },
        _ => null,
    };

    private object EventBody(long version) => new
    {
        organisationId = s.Organisation, hostId = s.Organisation, kindId = app.BoardMeetingKind, title = $"{s.Tag} nytt møte", startDate = "2026-09-01",
        visibility = "Public", status = "Confirmed", repeat = new { frequency = "Weekly", interval = 1, count = 5 }, version,
    };

    private const string PlanText = "# Arbeidsplan 2027\n## 1 Organisasjon\n• 1.1 Verve medlemmer – Ansvar: Leder – Mars\n";

    private const string DatePlanText = "Januar\n12.\tKurs for lokallagsledere\tHamar\n";

    private async Task<string> PersonNameAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Persons.Where(p => p.Id == s.Person).Select(p => p.Name).SingleAsync();
    }

    private async Task<string> MemberCsvAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var branch = await db.Organisations.Where(o => o.Id == s.Branch).Select(o => o.Name).SingleAsync();
        return $"Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n{s.MemberNumber};{branch};01.03.2025;2026;1980;K\n";
    }

    private async Task<object> SettingsBodyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.ScorecardSettings.Where(x => x.OrganisationId == s.Organisation).Select(x => x.Version).SingleOrDefaultAsync();
        return new
        {
            organisationId = s.Organisation, membersYellowPercent = 90, studyYellowPercent = 80, contactGreenDays = 60, contactYellowDays = 120, checkGreenDays = 90,
            checkYellowDays = 180, regionMeetingsGreen = 1, annualMeetingByMonth = 3, requiredPositionTypeIds = new[] { W.Leader },
            memberListPositionTypeIds = new[] { W.Leader }, keepMemberNames = false, version,
        };
    }

    private async Task<long> ChecksVersionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.BranchChecks.Where(c => c.BranchId == s.Branch).Select(c => c.Version).SingleOrDefaultAsync();
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith('@'))
            {
                var (file, text) = (value.Split('|')[0], value[(value.IndexOf('|') + 1)..]);
                form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), name[1..], file);
            }
            else
            {
                form.Add(new StringContent(value), name);
            }
        }
        return form;
    }
}
