using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using NodaTime;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// A meeting made from the date plan: the county board's meeting kept in the national plan becomes the county's meeting, with the
/// day and place of the event and the notice deadline its rule derives; an event is one meeting only.
/// </summary>
public sealed class MeetingFromPlanTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Event_InThePlanAbove_BecomesTheBodysMeeting_WithItsDayPlaceAndDeadline()
    {
        var body = await app.Register().BodyAsync(W.County, "Styret fra datoplanen");
        var board = EventKind.IdOf(EventKind.BoardMeeting);
        var e = await app.WithDbAsync(async db =>
        {
            var made = new Event(W.National, new EventDetails(board, "Fylkesstyremøte Testfylke", body, "Fylkeshuset", HostId: W.County),
                EventWhen.Day(new LocalDate(2027, 1, 12))) { UpdatedAt = app.Clock.GetCurrentInstant() };
            db.Events.Add(made);
            db.DeadlineRules.Add(new DeadlineRule(W.County, "Innkalling sendes", board, body, 14));
            await db.SaveChangesAsync();
            return made.Id;
        });
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var overview = await kari.GetStringAsync($"/moter?org={W.County}");
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings", new { organisationId = W.County, bodyId = body, eventId = e, startTime = "18:00" }));
        var again = await kari.PostAsJsonAsync("/api/meetings", new { organisationId = W.County, bodyId = body, eventId = e, startTime = "18:00" });
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");

        Assert.Contains("Fylkesstyremøte Testfylke", System.Net.WebUtility.HtmlDecode(overview));
        Assert.Equal("Fylkesstyremøte Testfylke", detail.GetProperty("title").GetString());
        Assert.Equal("Fylkeshuset", detail.GetProperty("place").GetString());
        Assert.Equal("2027-01-12T18:00:00", detail.GetProperty("startsAt").GetString());
        Assert.Equal("2026-12-29", detail.GetProperty("noticeDeadline").GetString());
        Assert.Equal(W.County, detail.GetProperty("organisationId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("har allerede en saksliste", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_OfAnotherBody_IsRefused()
    {
        var body = await app.Register().BodyAsync(W.County, "Riktig styre");
        var other = await app.Register().BodyAsync(W.County, "Annet styre");
        var e = await app.WithDbAsync(async db =>
        {
            var made = new Event(W.County, new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Møte i annet styre", other), EventWhen.Day(new LocalDate(2027, 2, 2)))
            {
                UpdatedAt = app.Clock.GetCurrentInstant(),
            };
            db.Events.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var refused = await kari.PostAsJsonAsync("/api/meetings", new { organisationId = W.County, bodyId = body, eventId = e, startTime = "18:00" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("gjelder et annet organ", await refused.Content.ReadAsStringAsync());
    }
}
