using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// The notice goes through the outbox to the body's members and standing invitees, with the agenda and the meeting as .ics; the
/// answers come from the page or the signed link; a forfall calls the first deputy; the leader and secretary of a body edit it.
/// </summary>
public sealed partial class NoticeTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private Task<Committee> CommitteeAsync(string name) => Committee.CreateAsync(app, name);

    private Task<Guid> MeetingAsync(HttpClient client, Guid body) => Committee.MeetingAsync(app, client, body);

    [Fact]
    public async Task Notice_GoesToMembersAndInvitees_WithTheAgendaAndTheMeetingAsIcs_AndClosedCasesOnlyToMembers()
    {
        var c = await CommitteeAsync("Valgutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await MeetingAsync(kari, c.Body);
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Personalsak Fortrolig", closed = true }));
        await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Valgkampbudsjett", proposedDecision = "Budsjettet vedtas." }));

        var sent = await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var result = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, result.GetProperty("sent").GetInt32());
        Assert.False(result.GetProperty("late").GetBoolean());
        Assert.Equal(["Uten Valgutvalget"], result.GetProperty("withoutEmail").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Key.StartsWith($"notice:{meeting:N}")).ToListAsync());
        Assert.Equal([c.Email("gjest"), c.Email("leder"), c.Email("medlem"), c.Email("sekretær")], messages.Select(m => m.ToAddress).Order().ToArray());
        // In the app too, to each of them, and to the member without an address, who has no e-mail.
        var notes = await app.WithDbAsync(db => db.Notifications.Where(n => n.Key.StartsWith($"notice:{meeting:N}")).ToListAsync());
        Assert.Equal(5, notes.Count);
        Assert.Equal(new HashSet<Guid> { c.Leader, c.Secretary, c.Member, c.Silent, c.Guest }, notes.Select(n => n.PersonId).ToHashSet());
        Assert.All(notes, n => Assert.Equal(($"/moter/{meeting}", ReminderKind.MeetingMessage), (n.Link, n.Kind)));
        Assert.StartsWith("Du kalles inn til styremøte i Valgutvalget", notes.Single(n => n.PersonId == c.Silent).Body);
        var member = messages.Single(m => m.ToAddress == c.Email("medlem"));
        var guest = messages.Single(m => m.ToAddress == c.Email("gjest"));
        Assert.Contains("Sak 3/27 Personalsak Fortrolig", member.TextBody);
        Assert.Contains("Sak 5/27 Orienteringssaker", member.TextBody);
        Assert.Contains("Forslag til vedtak: Budsjettet vedtas.", member.TextBody);
        Assert.DoesNotContain("Fortrolig", guest.TextBody + guest.HtmlBody);
        Assert.Equal("mote.ics", member.AttachmentName);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270112T180000", member.AttachmentContent);
        // The closing items got their numbers with the notice, after the cases.
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        Assert.Equal("Sak 6/27", detail.GetProperty("cases").EnumerateArray().Last().GetProperty("number").GetString());
        Assert.Contains("innen fristen", detail.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Notice_AfterTheDeadline_IsSent_AndSaidPlainly()
    {
        var c = await CommitteeAsync("Sent utvalg");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = W.County, bodyId = c.Body, title = "Hastemøte", date = "2026-06-10", startTime = "18:00", noticeDeadline = "2026-05-27" }));

        var response = await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.IsSuccessStatusCode, result.ToString());
        Assert.True(result.GetProperty("late").GetBoolean());
        Assert.Contains("etter fristen", result.GetProperty("timing").GetString());
    }

    [Fact]
    public async Task Forfall_FromTheSignedLink_CallsTheFirstDeputy_Once_AndTheQuorumFollowsTheAnswers()
    {
        var c = await CommitteeAsync("Fylkesstyret ekstra");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await MeetingAsync(kari, c.Body);
        await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);
        var notice = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Key.StartsWith($"notice:{meeting:N}") && m.ToAddress == c.Email("medlem")));
        var token = Uri.UnescapeDataString(AnswerLink().Match(notice.TextBody).Groups[1].Value);
        var anonymous = app.CreateClient();

        var answered = await anonymous.PostAsJsonAsync($"/api/meetings/answer?t={Uri.EscapeDataString(token)}", new { reply = "Absent", note = "Er bortreist" });
        await anonymous.PostAsJsonAsync($"/api/meetings/answer?t={Uri.EscapeDataString(token)}", new { reply = "Absent" });
        var forged = await anonymous.PostAsJsonAsync($"/api/meetings/answer?t={Uri.EscapeDataString(token[..^4] + "AAAA")}", new { reply = "Coming" });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Lenken er ugyldig eller for gammel", await forged.Content.ReadAsStringAsync());
        var calls = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Key.StartsWith($"call:{meeting:N}")).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal([c.Email("vara1")], calls);
        var attendance = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/attendance");
        var people = attendance.GetProperty("people").EnumerateArray().ToList();
        Assert.True(people.Single(p => p.GetProperty("personId").GetGuid() == c.Deputy1).GetProperty("called").GetBoolean());
        Assert.False(people.Single(p => p.GetProperty("personId").GetGuid() == c.Deputy2).GetProperty("called").GetBoolean());
        // Three voting members (leader and two members): two needed, none has said kommer, three may still.
        Assert.Equal(2, attendance.GetProperty("quorum").GetProperty("needed").GetInt32());
        Assert.Contains("Ikke avklart", attendance.GetProperty("quorum").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Forfall_BeforeTheNotice_CallsTheDeputy_WithTheNotice()
    {
        var c = await CommitteeAsync("Tidligsvar");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await MeetingAsync(kari, c.Body);
        (await kari.PostAsJsonAsync($"/api/meetings/{meeting}/attendance", new { personId = c.Member, reply = "Absent" })).EnsureSuccessStatusCode();
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Key.StartsWith($"call:{meeting:N}")));

        await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);

        Assert.Equal(0, before);
        var call = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Key.StartsWith($"call:{meeting:N}")));
        Assert.Equal(c.Email("vara1"), call.ToAddress);
        Assert.Contains("Sak 4/27 Eventuelt", call.TextBody);
    }

    [Fact]
    public async Task Answer_FromSomeoneNotOnTheBody_IsRefused_AndSavesNothing()
    {
        var c = await CommitteeAsync("Programkomiteen");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await MeetingAsync(kari, c.Body);

        var own = await kari.PostAsJsonAsync($"/api/meetings/{meeting}/attendance", new { reply = "Coming" });

        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("har ikke møterett i organet", await own.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Attendances.CountAsync(a => a.MeetingId == meeting)));
    }

    [Fact]
    public async Task Moving_OrCancelling_AfterTheNotice_TellsEveryoneWhoHadIt_AndAStaleChangeIsRefused()
    {
        var c = await CommitteeAsync("Flytteutvalget");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await MeetingAsync(kari, c.Body);
        await kari.PostAsync($"/api/meetings/{meeting}/notice?version={await app.VersionAsync(meeting)}", null);
        var version = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("version").GetInt64();

        var moved = await kari.PutAsJsonAsync($"/api/meetings/{meeting}", new { title = "Styremøte", date = "2027-01-19", startTime = "18:00", place = "Elverum", version });
        var stale = await kari.PutAsJsonAsync($"/api/meetings/{meeting}", new { title = "Overskrevet", date = "2027-01-26", startTime = "18:00", version });
        var cancelled = await kari.PostAsync($"/api/meetings/{meeting}/cancel?version={await app.VersionAsync(meeting)}", null);
        var answer = await kari.PostAsJsonAsync($"/api/meetings/{meeting}/attendance", new { personId = c.Member, reply = "Coming" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var changes = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Key.StartsWith($"change:{meeting:N}")).OrderBy(m => m.Subject).ToListAsync());
        Assert.Equal(8, changes.Count);
        Assert.Equal(4, changes.Count(m => m.Subject.StartsWith("Avlyst:", StringComparison.Ordinal)));
        var move = changes.First(m => m.Subject.StartsWith("Flyttet:", StringComparison.Ordinal));
        Assert.Contains("flyttet fra 12.1.2027 kl. 18:00 til 19.1.2027 kl. 18:00, Elverum.", move.TextBody);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270119T180000", move.AttachmentContent);
    }

    [GeneratedRegex(@"/moter/svar\?t=(\S+)")]
    private static partial Regex AnswerLink();
}
