using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// The organisation's annual meeting: its agenda, its constitution, the delegates the statutes' rule gives each branch, the
/// elections that become positions, and the work plan it adopted.
/// </summary>
public sealed class AnnualMeetingTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<(HttpClient Kari, Guid Meeting)> AnnualMeetingAsync(string name)
    {
        var body = await app.Register().BodyAsync(W.County, name, BodyKind.AnnualMeeting);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        return (kari, await Committee.MeetingAsync(app, kari, body, $"{name} 2027", "2027-03-13"));
    }

    private static async Task<long> VersionOfAsync(HttpClient client, Guid meeting, Guid election) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting")).GetProperty("elections").EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == election).GetProperty("version").GetInt64();

    [Fact]
    public async Task NewAnnualMeeting_OpensWithTheAnnualAgenda_AndABoardMeetingHasNoAnnualSteps()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Årsmøtet");
        var board = await Committee.MeetingAsync(app, kari, W.Board, "Styremøte", "2027-02-02");

        var cases = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Select(c => c.GetProperty("title").GetString()!).ToList();
        var boardSteps = await kari.GetAsync($"/api/meetings/{board}/annual-meeting");
        var boardConstitution = await kari.PutAsJsonAsync($"/api/meetings/{board}/constitution", new { chair = "A", minuteTaker = "B", firstSigner = "C", secondSigner = "D" });

        Assert.StartsWith("Konstituering", cases[0]);
        Assert.Equal(["Årsmelding", "Regnskap med revisors beretning", "Arbeidsplan og budsjett"], cases[1..4]);
        Assert.Equal("Valg", cases[^1]);
        Assert.Equal(HttpStatusCode.NotFound, boardSteps.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, boardConstitution.StatusCode);
        Assert.Contains("ikke et årsmøte", await boardConstitution.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Constitution_TwoDifferentSigners_IsKept_AndOutsidersSeeNothing()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Konstitueringsmøtet");
        var otto = await app.SignedInClientAsync(W.NoPositionUser);

        var same = await kari.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Anne Dirigent", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Per Pen" });
        var kept = await kari.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Anne Dirigent", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Siv Strek", voteCounters = new[] { "Tor Teller", "Una Teller" } });
        var stale = await kari.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Bo Dirigent", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Siv Strek", version = 0 });
        var byOutsider = await otto.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Otto", minuteTaker = "Otto", firstSigner = "X", secondSigner = "Y" });
        var view = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting");

        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("to ulike personer", await same.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal("Anne Dirigent", view.GetProperty("constitution").GetProperty("chair").GetString());
        Assert.Equal(2, view.GetProperty("constitution").GetProperty("voteCounters").GetArrayLength());
    }

    [Fact]
    public async Task Delegate_OnTheAnnualMeeting_ReadsItsSteps_ButRecordsNone()
    {
        var r = app.Register();
        var body = await r.BodyAsync(W.County, "Delegatmøtet", BodyKind.AnnualMeeting);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var meeting = await Committee.MeetingAsync(app, kari, body, "Delegatmøtet 2027", "2027-03-13");
        var delegatePerson = await r.PersonAsync("Dag Delegat", W.BranchA, "dag.delegat@test.no");
        await r.PositionAsync(delegatePerson, W.BoardMember, body: body);
        await r.UserAsync("dag.delegat@test.no", delegatePerson);
        var dag = await app.SignedInClientAsync("dag.delegat@test.no");

        var view = await dag.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting");
        var constitution = await dag.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Dag Delegat", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Siv Strek" });
        var election = await dag.PostAsJsonAsync($"/api/meetings/{meeting}/elections", new { positionTypeId = W.Leader, proposedPersonId = delegatePerson });

        Assert.False(view.GetProperty("canEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, constitution.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, election.StatusCode);
    }

    [Fact]
    public async Task Delegates_FollowTheStatutesRule_FromThePayingMembersOfTheYearBefore()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Utsendingsmøtet");
        await Created(await kari.PostAsJsonAsync("/api/members/year-end", new
        {
            organisationId = W.County, year = 2026,
            figures = new[] { new { branchId = W.BranchA, paying = 40 }, new { branchId = W.BranchB, paying = 120 }, new { branchId = W.BranchC, paying = 0 } },
        }));

        var usual = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting")).GetProperty("delegates");
        var badRule = await kari.PutAsJsonAsync($"/api/organisations/{W.County}/delegate-rule", new { baseDelegates = 0, baseCovers = 50, countMonth = 12, countDay = 31 });
        var badDay = await kari.PutAsJsonAsync($"/api/organisations/{W.County}/delegate-rule", new { baseDelegates = 2, baseCovers = 50, countMonth = 2, countDay = 30 });
        var byMember = await (await app.SignedInClientAsync(W.BranchLeaderUser)).PutAsJsonAsync($"/api/organisations/{W.County}/delegate-rule",
            new { baseDelegates = 9, baseCovers = 0, countMonth = 12, countDay = 31 });
        await Ok(await kari.PutAsJsonAsync($"/api/organisations/{W.County}/delegate-rule",
            new { baseDelegates = 2, baseCovers = 50, membersPerExtra = 50, startedCounts = false, maxPerBranch = 3, countMonth = 12, countDay = 31 }));
        var own = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting")).GetProperty("delegates");
        var sheet = await kari.GetAsync($"/api/meetings/{meeting}/delegates.xlsx");

        int Of(JsonElement allocation, Guid branch) =>
            allocation.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branchId").GetGuid() == branch).GetProperty("delegates").GetInt32();
        Assert.Equal((2, 4, 0, 6), (Of(usual, W.BranchA), Of(usual, W.BranchB), Of(usual, W.BranchC), usual.GetProperty("total").GetInt32()));
        Assert.Equal("2026-12-31", usual.GetProperty("countDate").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badRule.StatusCode);
        Assert.Contains("mellom 1 og 50", await badRule.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, byMember.StatusCode);
        Assert.Equal((2, 3), (Of(own, W.BranchA), Of(own, W.BranchB)));
        Assert.True(own.GetProperty("isOwnRule").GetBoolean());
        Assert.Contains("Beta lokallag", Arbeidsplan.Web.Documents.XlsxText.Read(await sheet.Content.ReadAsStreamAsync()));
    }

    [Fact]
    public async Task Elections_Registered_BecomePositionsForTheirTerms_AndSomeoneElseRegistersTheirOwn()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Valgmøtet");
        var r = app.Register();
        var nina = await r.PersonAsync("Nina Nestleder", W.County, "nina.nestleder@test.no");
        var deputyType = await r.PositionTypeAsync(W.National, "Nestleder valgt", ScopeKind.OwnUnit);
        var deputy = await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/elections",
            new { positionTypeId = deputyType, proposedPersonId = nina, termFrom = "2027-03-13", termTo = "2029-03-31" }));
        var leader = await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/elections",
            new { positionTypeId = W.Leader, proposedPersonId = W.CountyLeader, termFrom = "2027-03-13", termTo = "2028-03-31" }));
        var nowhere = await kari.PostAsJsonAsync($"/api/meetings/{meeting}/elections", new { positionTypeId = W.Leader, bodyId = Guid.NewGuid() });
        var nothingElected = await kari.PostAsync($"/api/meetings/{meeting}/elections/register", null);
        await Ok(await kari.PutAsJsonAsync($"/api/meetings/{meeting}/elections/{deputy}/elected",
            new { personId = nina, vote = "ved akklamasjon", version = await VersionOfAsync(kari, meeting, deputy) }));
        await Ok(await kari.PutAsJsonAsync($"/api/meetings/{meeting}/elections/{leader}/elected",
            new { personId = W.CountyLeader, vote = "41 av 52 stemmer", version = await VersionOfAsync(kari, meeting, leader) }));

        var own = await kari.PostAsync($"/api/meetings/{meeting}/elections/register", null);
        var afterRefusal = await app.WithDbAsync(db => db.Positions.CountAsync(p => p.PersonId == nina));
        var admin = await app.SignedInClientAsync(W.Admin);
        var registered = await admin.PostAsync($"/api/meetings/{meeting}/elections/register", null);
        var terms = await app.WithDbAsync(db => db.Positions.AsNoTracking()
            .Where(p => (p.PersonId == nina && p.PositionTypeId == deputyType) || (p.PersonId == W.CountyLeader && p.Term.To == new NodaTime.LocalDate(2028, 3, 31)))
            .Select(p => p.Term.From.ToString("yyyy-MM-dd", null) + "–" + p.Term.To!.Value.ToString("yyyy-MM-dd", null)).ToListAsync());
        var change = await admin.PutAsJsonAsync($"/api/meetings/{meeting}/elections/{deputy}/elected", new { personId = W.CountyLeader });

        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nothingElected.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("deg selv", await own.Content.ReadAsStringAsync());
        Assert.Contains("Ingen av valgene er registrert", await own.Content.ReadAsStringAsync());
        Assert.Equal(0, afterRefusal);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(["2027-03-13–2029-03-31", "2027-03-13–2028-03-31"], terms.Order().Reverse());
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
    }

    [Fact]
    public async Task Plan_AdoptedAtTheAnnualMeeting_TakesItsNameAndDay_AndTheMeetingListsIt()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Planmøtet");
        var plan = await Created(await kari.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Arbeidsplan 2027", kind = "Annual", fromYear = 2027, toYear = 2027 }));
        var otherPlan = await Created(await kari.PostAsJsonAsync("/api/plans", new { organisationId = W.BranchA, title = "Lokal plan 2027", kind = "Annual", fromYear = 2027, toYear = 2027 }));
        long Version(JsonElement p) => p.GetProperty("plan").GetProperty("version").GetInt64();

        var wrongOrganisation = await kari.PostAsJsonAsync($"/api/plans/{otherPlan}/adopt",
            new { meetingId = meeting, version = Version(await kari.GetFromJsonAsync<JsonElement>($"/api/plans/{otherPlan}")) });
        var adopted = await kari.PostAsJsonAsync($"/api/plans/{plan}/adopt",
            new { meetingId = meeting, version = Version(await kari.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")) });
        var details = (await kari.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")).GetProperty("plan");
        var listed = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting")).GetProperty("plans");

        Assert.Equal(HttpStatusCode.BadRequest, wrongOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Equal(("Planmøtet 2027", "2027-03-13"), (details.GetProperty("adoptedBy").GetString(), details.GetProperty("adoptedOn").GetString()));
        Assert.Equal(meeting, details.GetProperty("adoptedAtMeetingId").GetGuid());
        Assert.Equal(plan, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Erase_LeavesTheOfficeWithoutTheName_AndTheExportListsTheElection()
    {
        var (kari, meeting) = await AnnualMeetingAsync("Slettemøtet");
        var person = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.County, name = "Vera Valgt", email = "vera.valgt@test.no" }));
        var office = await Created(await kari.PostAsJsonAsync($"/api/meetings/{meeting}/elections", new { positionTypeId = W.BoardMember, proposedPersonId = person }));
        await Ok(await kari.PutAsJsonAsync($"/api/meetings/{meeting}/constitution",
            new { chair = "Vera Valgt", minuteTaker = "Rita Referent", firstSigner = "Per Pen", secondSigner = "Siv Strek" }));
        var admin = await app.SignedInClientAsync(W.Admin);

        var export = await admin.GetFromJsonAsync<JsonElement>($"/api/persons/{person}/personal-data");
        (await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Vera Valgt" })).EnsureSuccessStatusCode();
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/annual-meeting");

        var records = export.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "Møter").GetProperty("records")
            .EnumerateArray().Select(r => r.GetProperty("what").GetString()).ToList();
        Assert.Contains("Valg på årsmøte", records);
        Assert.Contains("Konstituering av årsmøte", records);
        var row = after.GetProperty("elections").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == office);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("proposed").ValueKind);
        Assert.Equal("Slettet person", after.GetProperty("constitution").GetProperty("chair").GetString());
    }
}
