using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// Who reads and who edits a body's meetings: the body's leader and secretary edit without covering its organisation, a member
/// reads, an invitee reads all but the closed cases, an outsider sees nothing; cases change with their version and leave gaps.
/// </summary>
public sealed class MeetingAccessTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<HttpClient> AsAsync(Committee c, string who, Guid person)
    {
        var email = c.Email(who);
        await app.Register().UserAsync(email, person);
        return await app.SignedInClientAsync(email);
    }

    [Fact]
    public async Task Secretary_OfTheBody_PlansAndSends_AnOrdinaryMember_OnlyReads()
    {
        var c = await Committee.CreateAsync(app, "Arbeidsutvalget");
        var secretary = await AsAsync(c, "sekretær", c.Secretary);
        var member = await AsAsync(c, "medlem", c.Member);

        var meeting = await Committee.MeetingAsync(app, secretary, c.Body);
        var byMember = await member.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Medlemmets sak" });
        var noticeByMember = await member.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);
        var read = await member.GetAsync($"/api/meetings/{meeting}");
        var sent = await secretary.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);

        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noticeByMember.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    [Fact]
    public async Task MeetingsPage_SplitsComingFromPast_ChoosesABody_AndFindsByATitleOrAnOpenCase()
    {
        var c = await Committee.CreateAsync(app, "Valgkomiteen");
        var other = await Committee.CreateAsync(app, "Programkomiteen");
        var secretary = await AsAsync(c, "sekretær", c.Secretary);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var held = await Committee.MeetingAsync(app, secretary, c.Body, "Valgkomiteens vårmøte", "2026-04-14");
        var coming = await Committee.MeetingAsync(app, secretary, c.Body, "Valgkomiteens høstmøte", "2026-09-08");
        var elsewhere = await Committee.MeetingAsync(app, kari, other.Body, "Programkomiteens høstmøte", "2026-09-15");
        await Created(await secretary.PostAsJsonAsync($"/api/meetings/{coming}/cases", new { kind = "Decision", title = "Kandidatundersøkelsen" }));
        await Created(await secretary.PostAsJsonAsync($"/api/meetings/{held}/cases", new { kind = "Decision", title = "Lønn til sekretæren", closed = true }));
        var page = (string query) => secretary.GetStringAsync($"/moter?org={W.County}&{query}");

        var upcoming = await page($"organ={c.Body}");
        var past = await page($"organ={c.Body}&vis=tidligere");
        var byCase = await page("sok=kandidatundersøk");
        var byClosedCase = await page("vis=tidligere&sok=l%C3%B8nn");
        var allBodies = await kari.GetStringAsync($"/moter?org={W.County}&sok=h%C3%B8stm%C3%B8te");

        Assert.Contains($"/moter/{coming}", upcoming);
        Assert.DoesNotContain($"/moter/{held}", upcoming);
        Assert.Contains($"/moter/{held}", past);
        Assert.DoesNotContain($"/moter/{coming}", past);
        Assert.Contains($"/moter/{coming}", byCase);
        Assert.DoesNotContain($"/moter/{held}", byClosedCase);
        Assert.Contains("Ingen møter passer valget.", WebUtility.HtmlDecode(byClosedCase));
        Assert.Contains($"/moter/{coming}", allBodies);
        Assert.Contains($"/moter/{elsewhere}", allBodies);
        // A standing invitee of one body reads its meetings, not the other body's.
        var guest = await AsAsync(c, "gjest", c.Guest);
        var asGuest = await guest.GetStringAsync($"/moter?org={W.County}&sok=h%C3%B8stm%C3%B8te");
        Assert.Contains($"/moter/{coming}", asGuest);
        Assert.DoesNotContain($"/moter/{elsewhere}", asGuest);
    }

    [Fact]
    public async Task Invitee_ReadsTheMeeting_ButNotTheClosedCase_AndAnOutsiderReadsNothing()
    {
        var c = await Committee.CreateAsync(app, "Ordførerforumet");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(app, kari, c.Body);
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Hemmelig personalsak", closed = true }));
        var guest = await AsAsync(c, "gjest", c.Guest);
        var member = await AsAsync(c, "medlem", c.Member);
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);

        var seenByGuest = await guest.GetStringAsync($"/api/meetings/{meeting}");
        var seenByMember = await member.GetStringAsync($"/api/meetings/{meeting}");

        Assert.DoesNotContain("Hemmelig", seenByGuest);
        Assert.Contains("Hemmelig personalsak", seenByMember);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync($"/api/meetings/{meeting}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liv.GetAsync($"/api/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liv.GetAsync($"/api/meetings/{meeting}/attendance")).StatusCode);
    }

    [Fact]
    public async Task Nobody_InvitesThemselves_AndAMemberCannotInviteAnyone()
    {
        var c = await Committee.CreateAsync(app, "Kvinneforumet");
        var leader = await AsAsync(c, "leder", c.Leader);
        var member = await AsAsync(c, "medlem", c.Member);

        var self = await leader.PostAsJsonAsync($"/api/bodies/{c.Body}/invitees", new { personId = c.Leader, right = "Speak" });
        var byMember = await member.PostAsJsonAsync($"/api/bodies/{c.Body}/invitees", new { personId = W.BranchLeader, right = "Speak" });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("Du kan ikke invitere deg selv.", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
    }

    [Fact]
    public async Task Case_ChangesWithItsVersion_AndADeletedOneLeavesAGap()
    {
        var c = await Committee.CreateAsync(app, "Studieutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(app, kari, c.Body);
        var first = await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Studieplan" }));
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Information", title = "Kursrapport" }));
        var version = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Single(x => x.GetProperty("id").GetGuid() == first).GetProperty("version").GetInt64();

        var edited = await kari.PutAsJsonAsync($"/api/meetings/{meeting}/cases/{first}", new { kind = "Decision", title = "Studieplan 2027", version });
        var stale = await kari.PutAsJsonAsync($"/api/meetings/{meeting}/cases/{first}", new { kind = "Decision", title = "Overskrevet", version });
        var deleted = await kari.DeleteAsync($"/api/meetings/{meeting}/cases/{first}?version={await app.VersionAsync(first)}");
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["Sak 3/27"], detail.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.DoesNotContain("Overskrevet", detail.ToString());
    }

    [Fact]
    public async Task NoticeAsWord_HasTheHeaderAndTheCases_AndHidesTheClosedCaseFromSomeoneNotOnTheBody()
    {
        var c = await Committee.CreateAsync(app, "Dokumentutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(app, kari, c.Body);
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Valgkampbudsjett", proposedDecision = "Budsjettet vedtas." }));
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Fortrolig personalsak", closed = true }));
        var member = await AsAsync(c, "medlem", c.Member);

        var forKari = await kari.GetAsync($"/api/meetings/{meeting}/notice.docx");
        var forMember = await member.GetAsync($"/api/meetings/{meeting}/notice.docx");
        var kariText = Arbeidsplan.Web.Documents.DocxText.Read(await forKari.Content.ReadAsStreamAsync());
        var memberText = Arbeidsplan.Web.Documents.DocxText.Read(await forMember.Content.ReadAsStreamAsync());

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", forKari.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Innkalling til styremøte", memberText);
        Assert.Contains("12.1.2027 kl. 18:00–21:00", memberText);
        Assert.Contains("Sak 3/27 Valgkampbudsjett", memberText);
        Assert.Contains("Budsjettet vedtas.", memberText);
        Assert.Contains("Fortrolig personalsak", memberText);
        Assert.DoesNotContain("Fortrolig", kariText);
        var memberPdf = Pdf.Text(await member.GetByteArrayAsync($"/api/meetings/{meeting}/notice.pdf"));
        Assert.Contains("Sak 3/27 Valgkampbudsjett", memberPdf);
        Assert.Contains("Fortrolig personalsak", memberPdf);
        Assert.DoesNotContain("Fortrolig", Pdf.Text(await kari.GetByteArrayAsync($"/api/meetings/{meeting}/notice.pdf")));
    }

    [Fact]
    public async Task FrontPage_ListsTheComingMeetings_OfMembersAndInvitees_WithTheirAnswer()
    {
        var c = await Committee.CreateAsync(app, "Forsidestyret");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = W.County, bodyId = c.Body, title = "Forsidemøtet", date = "2026-06-20", startTime = "18:00" }));
        await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);
        var member = await AsAsync(c, "medlem", c.Member);
        await member.PostAsJsonAsync($"/api/meetings/{meeting}/attendance", new { reply = "Absent" });
        var guest = await AsAsync(c, "gjest", c.Guest);

        var memberPage = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync("/"));
        var guestPage = System.Net.WebUtility.HtmlDecode(await guest.GetStringAsync("/"));
        var kariPage = System.Net.WebUtility.HtmlDecode(await kari.GetStringAsync("/"));

        Assert.Contains("Forsidemøtet, Forsidestyret", memberPage);
        Assert.Contains("du har meldt forfall", memberPage);
        Assert.Contains("Forsidemøtet", guestPage);
        Assert.Contains("ikke svart", guestPage);
        Assert.DoesNotContain("Forsidemøtet", kariPage);
    }
}
