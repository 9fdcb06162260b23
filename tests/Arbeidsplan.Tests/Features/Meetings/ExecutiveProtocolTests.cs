using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// The executive committee's protocol to the board: a board's meeting opens with the item, and lists the committee's decisions
/// made after the board's previous meeting and up to this one.
/// </summary>
public sealed class ExecutiveProtocolTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task BoardMeeting_ListsTheExecutiveCommitteesDecisions_SinceTheBoardsPreviousMeeting()
    {
        var r = app.Register();
        var branch = await r.OrganisationAsync("AU-laget", OrganisationKind.Local, W.County);
        var board = await r.BodyAsync(branch, "Styret i AU-laget");
        var committee = await r.BodyAsync(branch, "Arbeidsutvalget i AU-laget", BodyKind.ExecutiveCommittee);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        async Task<Guid> Meeting(Guid body, string date) => await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = branch, bodyId = body, title = "Møte", date, startTime = "18:00" }));
        async Task Decide(string title, string day) => await Created(await kari.PostAsJsonAsync($"/api/bodies/{committee}/decisions",
            new { title, text = $"{title} vedtas.", decidedOn = day, vote = "Unanimous" }));
        await Meeting(board, "2026-04-01");
        var next = await Meeting(board, "2026-05-20");
        var committeeMeeting = await Meeting(committee, "2026-05-21");
        await Decide("Før forrige styremøte", "2026-03-15");
        await Decide("Leie av lokale", "2026-04-20");
        await Decide("Etter møtet", "2026-05-25");

        var meeting = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{next}");
        var own = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{committeeMeeting}");
        var notice = Docx.Text(await kari.GetByteArrayAsync($"/api/meetings/{next}/notice.docx"));

        var listed = meeting.GetProperty("executiveDecisions").EnumerateArray().ToList();
        Assert.Equal(["Leie av lokale"], listed.Select(d => d.GetProperty("title").GetString()));
        Assert.Equal("Enstemmig vedtatt", listed[0].GetProperty("vote").GetString());
        Assert.Contains(meeting.GetProperty("cases").EnumerateArray(), c => c.GetProperty("title").GetString() == "AU-vedtak siden forrige møte");
        Assert.DoesNotContain(own.GetProperty("cases").EnumerateArray(), c => c.GetProperty("title").GetString() == "AU-vedtak siden forrige møte");
        Assert.Empty(own.GetProperty("executiveDecisions").EnumerateArray());
        Assert.Contains("Leie av lokale vedtas.", notice);
        Assert.DoesNotContain("Etter møtet", notice);
    }

    [Fact]
    public async Task BoardMeeting_ShowsAClosedDecisionOfTheCommittee_ToItsMembersOnly()
    {
        var r = app.Register();
        var branch = await r.OrganisationAsync("Lukket AU-lag", OrganisationKind.Local, W.County);
        var board = await r.BodyAsync(branch, "Styret i Lukket AU-lag");
        var committee = await r.BodyAsync(branch, "Arbeidsutvalget i Lukket AU-lag", BodyKind.ExecutiveCommittee);
        var onCommittee = await r.PersonAsync("AU-medlem Lukket", branch, "au-medlem.lukket@test.no");
        await r.PositionAsync(onCommittee, W.BoardMember, body: committee);
        await r.PositionAsync(onCommittee, W.BoardMember, body: board);
        await r.UserAsync("au-medlem.lukket@test.no", onCommittee);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        async Task<Guid> Meeting(Guid body, string date) => await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = branch, bodyId = body, title = "Møte", date, startTime = "18:00" }));
        var held = await Meeting(committee, "2026-05-10");
        // A closed case is out of sight of all but the committee's members, administrators too: a member writes its minutes.
        var member = await app.SignedInClientAsync("au-medlem.lukket@test.no");
        var item = await Created(await member.PostAsJsonAsync($"/api/meetings/{held}/cases", new { kind = "Decision", title = "Personalsak", closed = true }));
        (await member.PutAsJsonAsync($"/api/meetings/{held}/minutes/cases/{item}", new { decision = "Saken avsluttes.", vote = "Unanimous", version = await app.VersionAsync(item) })).EnsureSuccessStatusCode();
        var next = await Meeting(board, "2026-05-20");

        var byKari = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{next}")).GetProperty("executiveDecisions").EnumerateArray().Single();
        var byMember = (await member.GetFromJsonAsync<JsonElement>($"/api/meetings/{next}")).GetProperty("executiveDecisions").EnumerateArray().Single();

        Assert.Equal("Unntatt offentlighet", byKari.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, byKari.GetProperty("text").ValueKind);
        Assert.Equal("Personalsak", byMember.GetProperty("title").GetString());
    }

    [Fact]
    public async Task BoardMeeting_LinksTheCommitteesDecisions_OnlyForThoseWhoReadTheCommittee()
    {
        var r = app.Register();
        var branch = await r.OrganisationAsync("Lenke AU-lag", OrganisationKind.Local, W.County);
        var board = await r.BodyAsync(branch, "Styret i Lenke AU-lag");
        var committee = await r.BodyAsync(branch, "Arbeidsutvalget i Lenke AU-lag", BodyKind.ExecutiveCommittee);
        // A standing invitee of the board (the youth organisation's representative) reads its meetings, not the committee.
        var guest = await r.PersonAsync("Gjest Lenke", branch, "gjest.lenke@test.no");
        await r.UserAsync("gjest.lenke@test.no", guest);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync($"/api/bodies/{board}/invitees", new { personId = guest, right = "Speak" }));
        async Task<Guid> Meeting(Guid body, string date) => await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = branch, bodyId = body, title = "Møte", date, startTime = "18:00" }));
        var held = await Meeting(committee, "2026-05-10");
        var item = await Created(await kari.PostAsJsonAsync($"/api/meetings/{held}/cases", new { kind = "Decision", title = "Leie av lokale" }));
        (await kari.PutAsJsonAsync($"/api/meetings/{held}/minutes/cases/{item}", new { decision = "Lokalet leies.", vote = "Unanimous", version = await app.VersionAsync(item) })).EnsureSuccessStatusCode();
        var next = await Meeting(board, "2026-05-20");
        var member = await app.SignedInClientAsync("gjest.lenke@test.no");

        var byKari = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{next}")).GetProperty("executiveDecisions").EnumerateArray().Single();
        var byMember = (await member.GetFromJsonAsync<JsonElement>($"/api/meetings/{next}")).GetProperty("executiveDecisions").EnumerateArray().Single();
        var decision = await member.GetAsync($"/api/decisions/{byMember.GetProperty("decisionId").GetGuid()}");

        Assert.True(byKari.GetProperty("linked").GetBoolean());
        Assert.False(byMember.GetProperty("linked").GetBoolean());
        Assert.Equal("Lokalet leies.", byMember.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
    }
}
