using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using Ical.Net;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.DatePlan.Feeds;

public sealed class FeedApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task PersonFeed_HasTheirFollowUpTasks_ByNameAndByTheirBody_UntilDone()
    {
        var c = await Arbeidsplan.Tests.Features.Meetings.Committee.CreateAsync(app, "Kalenderutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var decision = await Created(await kari.PostAsJsonAsync($"/api/bodies/{c.Body}/decisions",
            new { title = "Vervekampanje", text = "Kampanjen gjennomføres.", decidedOn = "2026-05-25", vote = "Unanimous" }));
        var own = await Created(await kari.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Lage vervebrev", dueOn = "2026-06-20", personId = c.Member }));
        await Created(await kari.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Følge opp kampanjen", dueOn = "2026-08-01", bodyId = c.Body }));
        await Created(await kari.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Andres oppgave", dueOn = "2026-06-20", personId = c.Leader }));
        var member = await c.ClientAsync(app, "medlem", c.Member);
        var feed = await (await member.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;

        var before = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!;
        (await member.PostAsJsonAsync($"/api/follow-ups/{own}/reports", new { status = "Done", note = "Sendt.", version = await app.VersionAsync(own) })).EnsureSuccessStatusCode();
        var after = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!;

        var task = before.Events.Single(e => e.Summary == "Frist: Lage vervebrev");
        Assert.Equal(new DateOnly(2026, 6, 20), task.DtStart!.Date);
        Assert.False(task.DtStart.HasTime);
        Assert.Equal($"http://localhost/vedtak/{decision}", task.Url?.ToString());
        Assert.Contains(before.Events, e => e.Summary == "Frist: Følge opp kampanjen");
        Assert.DoesNotContain(before.Events, e => e.Summary == "Frist: Andres oppgave");
        Assert.DoesNotContain(after.Events, e => e.Summary == "Frist: Lage vervebrev");
        Assert.Contains(after.Events, e => e.Summary == "Frist: Følge opp kampanjen");
    }

    [Fact]
    public async Task PersonFeed_HasTheirCampaignTasks_ByNameAndByTheirBody_WithTheCampaignPlansAddress_UntilDone()
    {
        var c = await Arbeidsplan.Tests.Features.Meetings.Committee.CreateAsync(app, "Valgkampkomiteen");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13", name = "Feedvalg 2027" }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign", new { organisationId = W.County }));
        var own = await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 2, title = "Bestille valgbrosjyrer", dueOn = "2027-02-15", personId = c.Member }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 3, title = "Stand på torget", dueOn = "2027-05-02", bodyId = c.Body }));
        await Created(await kari.PostAsJsonAsync($"/api/elections/{election}/campaign/tasks",
            new { organisationId = W.County, phase = 3, title = "Lederens valgkampoppgave", dueOn = "2027-05-02", personId = c.Leader }));
        var member = await c.ClientAsync(app, "valgkampmedlem", c.Member);
        var feed = await (await member.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;

        var before = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!;
        (await member.PostAsJsonAsync($"/api/campaign-tasks/{own}/reports", new { status = "Done", note = "Bestilt.", version = await app.VersionAsync(own) })).EnsureSuccessStatusCode();
        var after = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!;

        var task = before.Events.Single(e => e.Summary == "Frist: Bestille valgbrosjyrer");
        Assert.Equal(new DateOnly(2027, 2, 15), task.DtStart!.Date);
        Assert.Equal($"http://localhost/valg/valgkamp?valg={election}&org={W.County}", task.Url?.ToString());
        Assert.Contains(before.Events, e => e.Summary == "Frist: Stand på torget");
        Assert.DoesNotContain(before.Events, e => e.Summary == "Frist: Lederens valgkampoppgave");
        Assert.DoesNotContain(after.Events, e => e.Summary == "Frist: Bestille valgbrosjyrer");
        Assert.Contains(after.Events, e => e.Summary == "Frist: Stand på torget");
    }

    [Fact]
    public async Task PersonFeed_TaskLastModified_IsItsLastChange_NotWhenTheFeedWasMade()
    {
        var c = await Arbeidsplan.Tests.Features.Meetings.Committee.CreateAsync(app, "Endringsutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var member = await c.ClientAsync(app, "medlem", c.Member);
        var feed = await (await member.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
        var made = app.Clock.GetCurrentInstant();
        try
        {
            app.Clock.Advance(NodaTime.Duration.FromHours(2));
            var decision = await Created(await kari.PostAsJsonAsync($"/api/bodies/{c.Body}/decisions",
                new { title = "Referatrutiner", text = "Referat skrives samme uke.", decidedOn = "2026-05-25", vote = "Unanimous" }));
            await Created(await kari.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Skrive referatmal", dueOn = "2026-06-25", personId = c.Member }));

            var task = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!.Events.Single(e => e.Summary == "Frist: Skrive referatmal");

            Assert.Equal((made + NodaTime.Duration.FromHours(2)).ToDateTimeUtc(), task.LastModified!.AsUtc);
        }
        finally
        {
            app.Clock.Reset(made);
        }
    }

    [Fact]
    public async Task PersonFeed_HasTheBoardsMeetingsAndNoticeDeadline_InOsloTime_AndUpdatesOnChange()
    {
        await app.Register().PositionAsync(W.CountyLeader, W.BoardMember, body: W.Board);
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/calendar/deadline-rules",
            new { organisationId = W.County, title = "Innkalling sendes", kindId = EventKind.IdOf(EventKind.BoardMeeting), bodyId = W.Board, daysBefore = 14 }));
        var meeting = await Created(await client.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = EventKind.IdOf(EventKind.BoardMeeting), bodyId = W.Board, title = "Fylkesstyremøte", visibility = "Body",
            startDate = "2026-09-01", startTime = "18:00", endTime = "21:00", repeat = new { frequency = "Monthly", ordinal = 1, weekday = "Tuesday", until = "2026-12-31" },
        }));
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/events/{meeting}");
        await client.PostAsJsonAsync($"/api/events/{meeting}/occurrences", new { originalDate = "2026-10-06", cancel = true, version = detail.GetProperty("version").GetInt64() });

        var feed = await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("webcal://", feed.GetProperty("webcalUrl").GetString());
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
        var anonymous = app.AnonymousClient();
        var first = await anonymous.GetAsync(url);
        var ics = await first.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", ics);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20260901T180000", ics);
        Assert.Contains("RRULE:FREQ=MONTHLY;UNTIL=20261231T170000Z;BYDAY=1TU", ics);
        Assert.Contains("EXDATE;TZID=Europe/Oslo:20261006T180000", ics);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", ics);
        Assert.Contains("X-PUBLISHED-TTL:PT1H", ics);
        Assert.Contains($"URL:http://localhost/datoplan/hendelse/{meeting}", ics);
        var parsed = Calendar.Load(ics)!;
        Assert.Contains(parsed.Events, e => e.Summary == "Innkalling sendes: Fylkesstyremøte" && e.DtStart!.Date == new DateOnly(2026, 8, 18) && !e.DtStart.HasTime);
        var sequence = parsed.Events.Single(e => e.Summary == "Fylkesstyremøte").Sequence;

        var etag = first.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);

        detail = await client.GetFromJsonAsync<JsonElement>($"/api/events/{meeting}");
        await client.PostAsJsonAsync($"/api/events/{meeting}/occurrences",
            new { originalDate = "2026-11-03", startDate = "2026-11-04", startTime = "18:00", endTime = "21:00", version = detail.GetProperty("version").GetInt64() });
        var changed = new HttpRequestMessage(HttpMethod.Get, url);
        changed.Headers.IfNoneMatch.Add(etag);
        var updated = await anonymous.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var text = await updated.Content.ReadAsStringAsync();
        Assert.Contains("RECURRENCE-ID;TZID=Europe/Oslo:20261103T180000", text);
        Assert.True(Calendar.Load(text)!.Events.First(e => e.Summary == "Fylkesstyremøte" && e.RecurrenceIdentifier is null).Sequence > sequence);
    }

    [Fact]
    public async Task OrganisationFeed_HasOnlyPublicEvents_AllDayEndsExclusive_AndARevokedLinkIsGone()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Fylkesårsmøte", startDate = "2026-02-14", endDate = "2026-02-15" }));
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.Other), title = "Intern samling", startDate = "2026-02-20", visibility = "Members" }));
        var created = await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = W.County, name = "Testfylket" });
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;

        var ics = await app.AnonymousClient().GetStringAsync(url);
        Assert.Contains("DTSTART;VALUE=DATE:20260214", ics);
        Assert.Contains("DTEND;VALUE=DATE:20260216", ics);
        Assert.DoesNotContain("Intern samling", ics);
        Assert.Contains("X-WR-CALNAME:Testfylket", ics);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/calendar/feeds/{feed.GetProperty("id").GetGuid()}")).StatusCode);
        var revoked = await app.AnonymousClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.DoesNotContain("Testfylket", await revoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync("/kalender/gjettet-lenke.ics")).StatusCode);
        var mine = await client.GetFromJsonAsync<JsonElement[]>("/api/calendar/feeds");
        Assert.Contains(mine!, f => f.GetProperty("name").GetString() == "Testfylket" && !f.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task FeedLink_AnsweredToHead_AndWithoutIcsNeverRedirects_SoTheSecretStaysOutOfReturnUrls()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var feed = await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = W.County, name = "Hode" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
        var anonymous = app.AnonymousClient();

        var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        foreach (var wrong in new[] { url[..^4], "/kalender/gjettet-lenke", "/kalender/a/b" })
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
            {
                var response = await anonymous.SendAsync(new HttpRequestMessage(method, wrong));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {wrong}: {response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task OrganisationFeed_ForAnOrganisationOrKindThatDoesNotExist_IsRefusedByName_EvenForAnAdministrator()
    {
        var admin = await app.SignedInClientAsync(W.Admin);

        var noOrganisation = await admin.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = Guid.NewGuid() });
        var noKind = await admin.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = W.County, kindId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, noOrganisation.StatusCode);
        Assert.True((await noOrganisation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("OrganisationId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.True((await noKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("KindId", out _));
    }
}
