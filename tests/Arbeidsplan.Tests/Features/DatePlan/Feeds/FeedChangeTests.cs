using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using Ical.Net;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.DatePlan.Feeds;

/// <summary>What a calendar client sees change: Last-Modified only forward, hosted events, the meeting link, a moved deadline's own stamp.</summary>
public sealed class FeedChangeTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task OrganisationFeed_AfterTheNewestEventIsDeleted_IsModifiedSinceTheLastFetch()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.Other), title = "Sommermøte", startDate = "2026-06-20" }));
        app.Clock.AdvanceMinutes(10);
        var newest = await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.Other), title = "Høstmøte", startDate = "2026-09-20" }));
        var url = await FeedAsync(client, W.County, "Fylkets kalender");
        var first = await app.AnonymousClient().GetAsync(url);
        var lastModified = first.Content.Headers.LastModified!.Value;

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/events/{newest}");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/events/{newest}?version={detail.GetProperty("version").GetInt64()}")).StatusCode);
        var since = new HttpRequestMessage(HttpMethod.Get, url);
        since.Headers.IfModifiedSince = lastModified;
        var after = await app.AnonymousClient().SendAsync(since);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True(after.Content.Headers.LastModified > lastModified);
        Assert.DoesNotContain("Høstmøte", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OrganisationFeed_HasTheEventsItHostsInAnotherDatePlan_WithTheMeetingLink()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, hostId = W.BranchA, kindId = EventKind.IdOf(EventKind.Other), title = "Lagets medlemsmøte", startDate = "2026-10-01",
            startTime = "19:00", endTime = "21:00", link = "https://teams.example.no/l/meetup-join/lagets-medlemsmote",
        }));
        var url = await FeedAsync(client, W.BranchA, "Lagets kalender");

        var meeting = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!.Events.Single(e => e.Summary == "Lagets medlemsmøte");

        Assert.Contains("Møtelenke: https://teams.example.no/l/meetup-join/lagets-medlemsmote", meeting.Description);
        Assert.Equal("https://teams.example.no/l/meetup-join/lagets-medlemsmote", meeting.Location);
    }

    [Theory]
    [InlineData("2026-03-29", "02:30", "finnes ikke")]
    [InlineData("2026-10-25", "02:30", "finnes to ganger")]
    public async Task Event_AtATimeTheClockSkipsOrShowsTwice_IsRefusedByTheField(string date, string time, string said)
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var refused = await client.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = EventKind.IdOf(EventKind.Other), title = "Nattmøte", startDate = date, startTime = time, endTime = "04:00",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(said, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("StartTime")[0].GetString());
    }

    [Fact]
    public async Task PersonFeed_DeadlineMovedByItsRule_IsStampedWhenTheRuleChanged()
    {
        await app.Register().PositionAsync(W.CountyLeader, W.BoardMember, body: W.Board);
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = EventKind.IdOf(EventKind.BoardMeeting), bodyId = W.Board, title = "Styremøte i november", visibility = "Body",
            startDate = "2026-11-10", startTime = "18:00", endTime = "20:00",
        }));
        app.Clock.AdvanceMinutes(30);
        var rule = await Created(await client.PostAsJsonAsync("/api/calendar/deadline-rules",
            new { organisationId = W.County, title = "Sakliste klar", kindId = EventKind.IdOf(EventKind.BoardMeeting), bodyId = W.Board, daysBefore = 7 }));
        var url = new Uri((await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;

        var events = Calendar.Load(await app.AnonymousClient().GetStringAsync(url))!.Events;
        var meeting = events.Single(e => e.Summary == "Styremøte i november");
        var deadline = events.Single(e => e.Summary == "Sakliste klar: Styremøte i november");

        Assert.Equal(meeting.LastModified!.AsUtc.AddMinutes(30), deadline.LastModified!.AsUtc);
        Assert.NotEqual(Guid.Empty, rule);
    }

    private static async Task<string> FeedAsync(HttpClient client, Guid organisation, string name)
    {
        var feed = await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = organisation, name })).Content.ReadFromJsonAsync<JsonElement>();
        return new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
    }
}
