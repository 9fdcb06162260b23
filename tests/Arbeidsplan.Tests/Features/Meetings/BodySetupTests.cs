using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>A body's standard items and quorum, as data: kept by those who plan its meetings, and used by each new meeting.</summary>
public sealed class BodySetupTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task StandardItems_BecomeTheBodysOwnOnTheFirstChange_AndOpenTheNextMeeting()
    {
        var c = await Committee.CreateAsync(app, "Oppsettutvalget");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);

        var before = await secretary.GetFromJsonAsync<JsonElement>($"/api/bodies/{c.Body}/meeting-setup");
        await Created(await secretary.PostAsJsonAsync($"/api/bodies/{c.Body}/agenda-items", new { title = "Rapport fra ordførerforum", kind = "Information", place = "Start" }));
        var after = await secretary.GetFromJsonAsync<JsonElement>($"/api/bodies/{c.Body}/meeting-setup");
        var eventually = after.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Eventuelt").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await secretary.DeleteAsync($"/api/bodies/{c.Body}/agenda-items/{eventually}?version={await app.VersionAsync(eventually)}")).StatusCode);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body);
        var cases = (await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Select(x => x.GetProperty("title").GetString()).ToList();

        Assert.False(before.GetProperty("ownItems").GetBoolean());
        Assert.True(after.GetProperty("ownItems").GetBoolean());
        Assert.Equal(5, after.GetProperty("items").GetArrayLength());
        Assert.Equal(["Godkjenning av innkalling og saksliste", "Godkjenning av protokoll fra forrige møte", "Rapport fra ordførerforum", "Orienteringssaker"], cases);
    }

    [Fact]
    public async Task Quorum_SetByThePlanner_IsTheMeetingsRule_AndRefusedOutOfRangeOrByAMember()
    {
        var c = await Committee.CreateAsync(app, "Quorumutvalget");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var member = await c.ClientAsync(app, "medlem", c.Member);

        var set = await secretary.PutAsJsonAsync($"/api/bodies/{c.Body}/quorum", new { atLeast = 3, version = await app.VersionAsync(c.Body) });
        var zero = await secretary.PutAsJsonAsync($"/api/bodies/{c.Body}/quorum", new { atLeast = 0, version = await app.VersionAsync(c.Body) });
        var byMember = await member.PutAsJsonAsync($"/api/bodies/{c.Body}/quorum", new { atLeast = 1, version = await app.VersionAsync(c.Body) });
        var itemByMember = await member.PostAsJsonAsync($"/api/bodies/{c.Body}/agenda-items", new { title = "Egen sak", kind = "Information", place = "End" });
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body);
        var attendance = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/attendance");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("minst 1", await zero.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, itemByMember.StatusCode);
        Assert.Equal("minst 3 til stede", attendance.GetProperty("rule").GetString());
    }
}
