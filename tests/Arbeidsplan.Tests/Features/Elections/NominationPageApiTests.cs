using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>A list's own page: its steps with the committee, circle or meeting they point at, the committee today; and what each kind of election nominates.</summary>
public sealed class NominationPageApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<Guid> ElectionAsync(string kind, string day)
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await app.WithDbAsync(async db =>
        {
            if (!await db.Municipalities.AnyAsync(m => m.Name == "Deltaby"))
            {
                var delta = new Municipality(MunicipalityNumber.Parse("9904"), "Deltaby");
                db.Municipalities.Add(delta);
                (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(delta.Id);
                await db.SaveChangesAsync();
            }
        });
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9904" } }));
        return await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind, day }));
    }

    /// <summary>A committee under the organisation: a body whose one position nominates, held by a person of the given name.</summary>
    private Task<Guid> CommitteeAsync(Guid organisation, string name, string member) => app.WithDbAsync(async db =>
    {
        var body = new Body(organisation, name, BodyKind.Committee);
        var type = new PositionType(W.National, $"Medlem av {name}", ScopeKind.OwnUnit, roles: PositionRole.Nominates);
        var person = new Person(organisation, member, null, null);
        db.AddRange(body, type, person, new Position(person.Id, type, null, body.Id, null, RegisterBuilder.CurrentTerm));
        await db.SaveChangesAsync();
        return body.Id;
    });

    [Fact]
    public async Task ListPage_ShowsTheStepsWithTheCommitteeTheyPointAt_AndTheCommitteesMembers_AndRefusesALinkThatIsNotTheLists()
    {
        var election = await ElectionAsync("Local", "2027-09-13");
        var ownCommittee = await CommitteeAsync(W.County, "Fylkets nominasjonskomité", "Nina Nominerer");
        var neighbours = await CommitteeAsync(W.BranchB, "Betas nominasjonskomité", "Bente Beta");
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var steps = $"/api/elections/{election}/nominations/steps";

        var notTheLists = await kari.PostAsJsonAsync(steps, new { countyId = W.County, kind = "CommitteeAppointed", on = "2026-05-02", linkId = neighbours });
        var notThatKind = await kari.PostAsJsonAsync(steps, new { countyId = W.County, kind = "SurveySent", on = "2026-05-02", linkId = ownCommittee });
        var page = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nomination?countyId={W.County}");
        var linked = await kari.PostAsJsonAsync(steps, new { countyId = W.County, kind = "CommitteeAppointed", on = "2026-05-02", linkId = ownCommittee });
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nomination?countyId={W.County}");
        var nomination = await app.WithDbAsync(db => db.Nominations.Where(n => n.ElectionId == election && n.MunicipalityId == null).Select(n => n.Id).SingleAsync());
        var byId = await kari.GetFromJsonAsync<JsonElement>($"/api/nominations/{nomination}");

        Assert.Equal(HttpStatusCode.BadRequest, notTheLists.StatusCode);
        Assert.Contains("Velg en nominasjonskomité i laget", await notTheLists.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, notThatKind.StatusCode);
        Assert.All(page.GetProperty("steps").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("cell").GetProperty("on").ValueKind));
        Assert.Contains(page.GetProperty("choices").EnumerateArray(), c => c.GetProperty("id").GetGuid() == ownCommittee);
        Assert.DoesNotContain(page.GetProperty("choices").EnumerateArray(), c => c.GetProperty("id").GetGuid() == neighbours);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var appointed = after.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("cell").GetProperty("kind").GetString() == "CommitteeAppointed");
        Assert.Equal("Fylkets nominasjonskomité", appointed.GetProperty("linked").GetProperty("name").GetString());
        Assert.Equal([("Nina Nominerer", "Fylkets nominasjonskomité")],
            after.GetProperty("committee").EnumerateArray().Select(m => (m.GetProperty("name").GetString(), m.GetProperty("body").GetString())));
        Assert.Equal(after.GetProperty("row").GetProperty("name").GetString(), byId.GetProperty("row").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListPage_WithAHeldNominationMeetingNotRecorded_OffersIt_AndNoLongerOnceTheStepIsRecorded()
    {
        var election = await ElectionAsync("Local", "2027-09-13");
        var (held, planned) = await app.WithDbAsync(async db =>
        {
            var board = new Body(W.County, "Fylkesstyret i nominasjonstest", BodyKind.Board);
            var meeting = new Meeting(board.Id, W.County, "Nominasjonsmøte for fylkestinget", new LocalDateTime(2026, 5, 20, 18, 0), null, "Hamar", null);
            meeting.MarkHeld();
            var later = new Meeting(board.Id, W.County, "Nominasjonsmøte, andre runde", new LocalDateTime(2026, 6, 20, 18, 0), null, "Hamar", null);
            db.AddRange(board, meeting, later);
            await db.SaveChangesAsync();
            return (meeting.Id, later.Id);
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var page = $"/api/elections/{election}/nomination?countyId={W.County}";

        var before = await kari.GetFromJsonAsync<JsonElement>(page);
        await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, kind = "MeetingHeld", on = "2026-05-20", linkId = held }));
        var after = await kari.GetFromJsonAsync<JsonElement>(page);

        // The planned one (not held) is a choice but not offered; the held one is, with its day.
        Assert.Equal(held, before.GetProperty("heldMeeting").GetProperty("id").GetGuid());
        Assert.Equal("2026-05-20", before.GetProperty("heldMeeting").GetProperty("on").GetString());
        Assert.Contains(before.GetProperty("choices").EnumerateArray(), c => c.GetProperty("id").GetGuid() == planned);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("heldMeeting").ValueKind);
    }

    [Fact]
    public async Task ListPage_OfAnotherCountysList_IsNotFound_AndABranchLeaderSeesNoChoicesForTheCountysList()
    {
        var election = await ElectionAsync("Local", "2027-09-13");
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);

        var outside = await ola.GetAsync($"/api/elections/{election}/nomination?countyId={W.County}");
        var county = await liv.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nomination?countyId={W.County}");
        var recorded = await liv.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, kind = "SurveySent", on = "2026-05-02" });

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.False(county.GetProperty("row").GetProperty("canEdit").GetBoolean());
        Assert.Equal(0, county.GetProperty("choices").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, recorded.StatusCode);
    }

    [Fact]
    public async Task StortingElection_NominatesTheCountysListOnly_NoMunicipalityRows()
    {
        var election = await ElectionAsync("Storting", "2029-09-10");
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var delta = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Deltaby").Select(m => m.Id).SingleAsync());

        var overview = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");
        var municipalityStep = await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps",
            new { countyId = W.County, municipalityId = delta, kind = "SurveySent", on = "2026-05-02" });
        var listStep = await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, kind = "SurveySent", on = "2026-05-02" });

        Assert.Equal(["Stortingslista (Testfylke parti)"], overview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(1, overview.GetProperty("total").GetProperty("lists").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, municipalityStep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listStep.StatusCode);
    }

    [Fact]
    public async Task MinSide_ShowsTheBranchLeaderHerOwnListWithItsNextStep_ButNotTheCountysToAnOrdinaryBoardMember()
    {
        var election = await ElectionAsync("Local", "2027-09-13");
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps",
            new { countyId = W.County, municipalityId = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Deltaby").Select(m => m.Id).SingleAsync()),
                kind = "CommitteeAppointed", on = "2026-05-02" }));

        var liv = System.Net.WebUtility.HtmlDecode(await (await app.SignedInClientAsync(W.BranchLeaderUser)).GetStringAsync("/"));
        var stine = System.Net.WebUtility.HtmlDecode(await (await app.SignedInClientAsync(W.BoardMemberUser)).GetStringAsync("/"));

        Assert.Contains("Mine nominasjoner", liv);
        Assert.Contains("Deltaby", liv);
        Assert.Contains("neste: komiteen kurset, mål 15.10.2026", liv);
        Assert.DoesNotContain("Mine nominasjoner", stine);
    }
}
