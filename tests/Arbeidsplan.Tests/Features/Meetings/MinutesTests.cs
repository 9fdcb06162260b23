using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// The minutes through the API: written case by case from the meeting's day by the body's secretary, with presence, decision,
/// vote and disqualification; approved by two members present, then locked; corrected by a new version with its reason.
/// </summary>
public sealed class MinutesTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    /// <summary>A meeting held a few days before the test clock's today (1 June 2026), with one case to decide.</summary>
    private async Task<(Committee C, HttpClient Secretary, Guid Meeting, Guid Case)> HeldAsync(string name, bool closed = false)
    {
        var c = await Committee.CreateAsync(app, name);
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body, "Styremøte mai", "2026-05-20");
        var item = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/cases",
            new { kind = "Decision", title = "Valgkampplan Fortrolig", proposedDecision = "Planen vedtas.", closed }));
        return (c, secretary, meeting, item);
    }

    /// <summary>Writes a case's minutes at the case's current version, unless the test sends a version of its own (a stale one).</summary>
    private async Task<HttpResponseMessage> WriteAsync(HttpClient client, Guid meeting, Guid item, object minutes)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(minutes)!.AsObject();
        body.TryAdd("version", await app.VersionAsync(item));
        return await client.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", body);
    }

    [Fact]
    public async Task Minutes_WrittenCaseByCase_ApprovedByTwoMembersPresent_ThenLocked_AndCorrectedAsANewVersion()
    {
        var (c, secretary, meeting, item) = await HeldAsync("Protokollutvalget");
        var present = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, c.Secretary, c.Member }, version = await app.MinutesVersionAsync(meeting) });
        var written = await WriteAsync(secretary, meeting, item, new
        {
            discussion = "Styret drøftet planen.", decision = "Planen vedtas med endringene i møtet.", vote = "Majority", against = 2, disqualified = new[] { c.Member },
        });
        var member = await c.ClientAsync(app, "medlem", c.Member);
        var leader = await c.ClientAsync(app, "leder", c.Leader);
        var first = await member.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/approve", new { version = await app.MinutesVersionAsync(meeting) });
        var second = await leader.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/approve", new { version = await app.MinutesVersionAsync(meeting) });
        var locked = await WriteAsync(secretary, meeting, item, new { decision = "Endret etterpå.", vote = "Unanimous" });
        var view = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes");

        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("\"Draft\"", await first.Content.ReadAsStringAsync());
        Assert.Equal("\"Approved\"", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("låst", await locked.Content.ReadAsStringAsync());
        var minuted = view.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("caseId").GetGuid() == item);
        Assert.Equal("Planen vedtas med endringene i møtet.", minuted.GetProperty("decision").GetString());
        Assert.Equal("Vedtatt mot 2 stemmer", minuted.GetProperty("voteText").GetString());
        Assert.Equal(["Medlem Protokollutvalget"], minuted.GetProperty("disqualified").EnumerateArray().Select(x => x.GetString()));
        // Both signed at the test clock's one instant, so in no particular order.
        var approval = view.GetProperty("approval").GetString()!;
        Assert.StartsWith("Godkjent 1.6.2026, signert av ", approval);
        Assert.Contains("Medlem Protokollutvalget", approval);
        Assert.Contains("Leder Protokollutvalget", approval);
        var meetingNow = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        Assert.Equal("Held", meetingNow.GetProperty("status").GetString());

        var noReason = await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/corrections", new { reason = " ", version = await app.MinutesVersionAsync(meeting) });
        var corrected = await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/corrections", new { reason = "Feil antall stemmer mot.", version = await app.MinutesVersionAsync(meeting) });
        var rewritten = await WriteAsync(secretary, meeting, item,
            new { decision = "Planen vedtas med endringene i møtet.", vote = "Majority", against = 1, disqualified = new[] { c.Member } });
        var after = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes");
        var word = await secretary.GetAsync($"/api/meetings/{meeting}/minutes.docx");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("2", await corrected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, rewritten.StatusCode);
        Assert.Equal(2, after.GetProperty("revision").GetInt32());
        Assert.Equal("Draft", after.GetProperty("status").GetString());
        var correction = after.GetProperty("corrections").EnumerateArray().Single();
        Assert.Equal("Feil antall stemmer mot.", correction.GetProperty("reason").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
        var text = Docx.Text(await word.Content.ReadAsByteArrayAsync());
        Assert.Contains("Vedtatt mot 1 stemme", text);
        Assert.Contains("fratrådte som inhabil", text);
        Assert.Contains("Feil antall stemmer mot.", text);
        Assert.Contains("Feil antall stemmer mot.", Pdf.Text(await secretary.GetByteArrayAsync($"/api/meetings/{meeting}/minutes.pdf")));
    }

    [Fact]
    public async Task Changes_ThatDoNotSayWhichVersionTheyRead_AreRefusedByName_AndChangeNothing()
    {
        var (c, secretary, meeting, item) = await HeldAsync("Versjonsløse utvalget");
        (await WriteAsync(secretary, meeting, item, new { decision = "Vedtatt.", vote = "Unanimous" })).EnsureSuccessStatusCode();

        var caseMinutes = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", new { decision = "Overskrevet.", vote = "Unanimous" });
        var presence = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader } });
        var coming = await Committee.MeetingAsync(app, secretary, c.Body, "Styremøte juni", "2026-06-20");
        var comingCase = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{coming}/cases", new { kind = "Decision", title = "Budsjett" }));
        var notice = await secretary.PostAsync($"/api/meetings/{coming}/notice", null);
        var deleted = await secretary.DeleteAsync($"/api/meetings/{coming}/cases/{comingCase}");

        foreach (var refused in new[] { caseMinutes, presence, notice, deleted })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Version", out _));
        }
        var minutes = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes");
        Assert.Equal("Vedtatt.", minutes.GetProperty("cases").EnumerateArray().Single(k => k.GetProperty("caseId").GetGuid() == item).GetProperty("decision").GetString());
        var planned = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{coming}");
        Assert.Equal(JsonValueKind.Null, planned.GetProperty("notice").ValueKind);
        Assert.Single(planned.GetProperty("cases").EnumerateArray(), k => k.GetProperty("title").GetString() == "Budsjett");
    }

    [Fact]
    public async Task Minutes_BeforeTheMeetingsDay_AreRefused()
    {
        var c = await Committee.CreateAsync(app, "Framtidsutvalget");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body);

        var early = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader }, version = await app.MinutesVersionAsync(meeting) });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Protokollen skrives når møtet holdes (12.1.2027)", await early.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Presence_OfSomeoneNotOnTheBody_AndDisqualified_NotPresent_AndSignature_ByTheAbsent_AreRefused()
    {
        var (c, secretary, meeting, item) = await HeldAsync("Kontrollutvalget");
        var outsider = await app.Register().PersonAsync("Utenfor Kontrollutvalget", W.County);

        var stranger = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, outsider }, version = await app.MinutesVersionAsync(meeting) });
        await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, c.Secretary, c.Guest }, version = await app.MinutesVersionAsync(meeting) });
        var absentDisqualified = await WriteAsync(secretary, meeting, item, new { decision = "Vedtatt.", vote = "Unanimous", disqualified = new[] { c.Member } });
        var absent = await c.ClientAsync(app, "medlem", c.Member);
        var guest = await c.ClientAsync(app, "gjest", c.Guest);
        var byAbsent = await absent.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/approve", new { version = await app.MinutesVersionAsync(meeting) });
        var byGuest = await guest.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/approve", new { version = await app.MinutesVersionAsync(meeting) });
        var byMemberWriting = await WriteAsync(absent, meeting, item, new { decision = "Vedtatt.", vote = "Unanimous" });

        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("Bare medlemmer, varamedlemmer og faste inviterte", await stranger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, absentDisqualified.StatusCode);
        Assert.Contains("ført som til stede", await absentDisqualified.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, byAbsent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byGuest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMemberWriting.StatusCode);
    }

    [Fact]
    public async Task StaleCaseVersion_IsRefusedWithConflict_AndAMajority_WithoutVotesAgainst_IsRefused()
    {
        var (_, secretary, meeting, item) = await HeldAsync("Versjonsutvalget");
        var noCount = await WriteAsync(secretary, meeting, item, new { decision = "Vedtatt.", vote = "Majority" });
        var first = await WriteAsync(secretary, meeting, item, new { decision = "Vedtatt.", vote = "Unanimous", version = 1 });
        var stale = await WriteAsync(secretary, meeting, item, new { decision = "Vedtatt annerledes.", vote = "Unanimous", version = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, noCount.StatusCode);
        Assert.Contains("hvor mange som stemte mot", await noCount.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task ClosedCase_IsLeftOutOfThePublicMinutes_AdministratorsIncluded()
    {
        var (c, secretary, meeting, item) = await HeldAsync("Personalutvalget", closed: true);
        await WriteAsync(secretary, meeting, item, new { discussion = "Drøftet i lukket møte.", decision = "Saken avsluttes.", vote = "Unanimous" });
        var admin = await app.SignedInClientAsync(W.Admin);
        var member = await c.ClientAsync(app, "medlem", c.Member);

        var seenByAdmin = await admin.GetStringAsync($"/api/meetings/{meeting}/minutes");
        var wordByAdmin = Docx.Text(await admin.GetByteArrayAsync($"/api/meetings/{meeting}/minutes.docx"));
        var seenByMember = await member.GetStringAsync($"/api/meetings/{meeting}/minutes");

        Assert.DoesNotContain("Fortrolig", seenByAdmin);
        Assert.DoesNotContain("Saken avsluttes", seenByAdmin);
        Assert.DoesNotContain("Saken avsluttes", wordByAdmin);
        Assert.Contains("Offentlig versjon", wordByAdmin);
        Assert.Contains("Saken avsluttes", seenByMember);
    }

    [Fact]
    public async Task DecisionBetweenMeetings_IsLaidBeforeTheNextMeeting_WhenItsMinutesOpen()
    {
        var (c, secretary, meeting, _) = await HeldAsync("Sirkulasjonsutvalget");
        var future = await secretary.PostAsJsonAsync($"/api/bodies/{c.Body}/decisions", new { title = "Uttalelse", text = "Vedtatt.", decidedOn = "2026-12-01", vote = "Unanimous" });
        var decided = await Created(await secretary.PostAsJsonAsync($"/api/bodies/{c.Body}/decisions",
            new { title = "Støtte til lokallagets arrangement", text = "Styret gir 5 000 kroner.", decidedOn = "2026-05-10", vote = "Unanimous" }));

        await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, c.Secretary }, version = await app.MinutesVersionAsync(meeting) });
        var view = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes");

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(decided, view.GetProperty("reported").EnumerateArray().Single().GetProperty("id").GetGuid());
    }
}
