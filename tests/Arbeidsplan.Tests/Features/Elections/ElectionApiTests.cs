using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>Valg: a row per municipality the county answers for, the nomination's steps with their lights, recorded by those the row is theirs.</summary>
public sealed class ElectionApiTests(WorldApp app) : IClassFixture<WorldApp>, IAsyncLifetime
{
    private World W => app.World;
    private Guid election;

    public async Task InitializeAsync()
    {
        await app.WithDbAsync(async db =>
        {
            if (await db.Municipalities.AnyAsync(m => m.Name == "Alfaby"))
            {
                return;
            }
            var (alfa, beta, hull) = (new Municipality(MunicipalityNumber.Parse("9901"), "Alfaby"), new Municipality(MunicipalityNumber.Parse("9902"), "Betaby"),
                new Municipality(MunicipalityNumber.Parse("9903"), "Hullby"));
            db.Municipalities.AddRange(alfa, beta, hull);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(alfa.Id);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchB)).CoverMunicipality(beta.Id);
            await db.SaveChangesAsync();
        });
        // One election for the class: the scorecard follows the coming one, which must not be a tie between several.
        election = await app.WithDbAsync(db => db.Elections.Where(e => e.OrganisationId == W.County).Select(e => e.Id).FirstOrDefaultAsync());
        if (election != Guid.Empty)
        {
            return;
        }
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9901", "Betaby", "9903" } }));
        var made = await kari.PostAsJsonAsync("/api/elections", new
        {
            organisationId = W.County, kind = "Local", day = "2027-09-13", targets = new Dictionary<string, string> { ["CommitteeAppointed"] = "2026-05-01" },
        });
        election = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, JsonElement> Rows(JsonElement overview) =>
        overview.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);

    private static JsonElement Step(JsonElement row, string kind) => row.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task Overview_HasARowPerMunicipality_AGapWithoutABranch_AndTheCountyCouncilsList()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);

        var overview = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");
        var rows = Rows(overview);

        Assert.Equal(["Alfaby", "Betaby", "Hullby", "Fylkestinget (Testfylke parti)"], rows.Keys.Order(StringComparer.Ordinal).OrderBy(k => k.StartsWith("Fylkes", StringComparison.Ordinal)));
        Assert.True(rows["Hullby"].GetProperty("gap").GetBoolean());
        Assert.Equal("Alfa lokallag", rows["Alfaby"].GetProperty("branch").GetString());
        Assert.Equal("Late", Step(rows["Alfaby"], "CommitteeAppointed").GetProperty("light").GetString());
        Assert.Equal("NotDue", Step(rows["Alfaby"], "ListFiled").GetProperty("light").GetString());
        Assert.Equal(3, overview.GetProperty("total").GetProperty("lists").GetInt32());
    }

    [Fact]
    public async Task BranchLeader_RecordsHerOwnRow_WithAWarningForStepsBefore_ButNotHerNeighbours()
    {
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var (alfa, beta) = await MunicipalitiesAsync();

        var recorded = await liv.PostAsJsonAsync($"/api/elections/{election}/nominations/steps",
            new { countyId = W.County, municipalityId = alfa, kind = "TopCandidateChosen", on = "2026-05-20", note = "Anne Alfa" });
        var neighbour = await liv.PostAsJsonAsync($"/api/elections/{election}/nominations/steps",
            new { countyId = W.County, municipalityId = beta, kind = "CommitteeAppointed", on = "2026-05-20" });
        var own = Rows(await liv.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.BranchA}"));
        var scorecard = (await liv.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={W.County}"))!;

        var body = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Contains("«nominasjonskomité oppnevnt»", body.GetProperty("warning").GetString());
        Assert.Equal(("2026-05-20", "Anne Alfa"), (Step(body.GetProperty("row"), "TopCandidateChosen").GetProperty("on").GetString(),
            Step(body.GetProperty("row"), "TopCandidateChosen").GetProperty("note").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, neighbour.StatusCode);
        Assert.Contains("Alfaby", own.Keys);
        Assert.DoesNotContain("Betaby", own.Keys);
        Assert.Equal("Toppkandidat valgt", scorecard.Single(r => r.GetProperty("name").GetString() == "Alfa lokallag").GetProperty("nomination").GetString());
    }

    [Fact]
    public async Task BadInput_AStepAfterTheElectionOrInTheFuture_AnUnknownMunicipality_AndTwoAtOnce_AreRefused()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var (_, beta) = await MunicipalitiesAsync();

        var future = await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, municipalityId = beta, kind = "SurveySent", on = "2026-07-01" });
        var unknown = await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "Ukjentby" } });
        var first = await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, municipalityId = beta, kind = "SurveySent", on = "2026-05-01", version = 0 });
        var second = await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, municipalityId = beta, kind = "CommitteeTrained", on = "2026-05-01", version = 0 });
        var stillThree = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/municipalities?organisationId={W.County}");

        Assert.Contains("etter i dag", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("«Ukjentby» er ingen kommune", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(3, stillThree.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Scope_TheRegionContactSeesHisRegion_AnotherCountysElectionIsNotFound_AnOrganisationOutOfReachABadRequest_ABranchKeepsNoElection_AndExcel()
    {
        var rolf = await app.BearerClientAsync(W.RegionContactUser);
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);

        var region = Rows(await rolf.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}"));
        var outside = await ola.GetAsync($"/api/elections/{election}/nominations?organisationId={W.County}");
        var create = await ola.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13" });
        var excel = await kari.GetAsync($"/api/elections/{election}/nominations.xlsx?organisationId={W.County}");
        var chosenOutside = await kari.GetAsync($"/api/elections/{election}/nominations?organisationId={W.OtherCounty}");
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var branchAsCounty = await liv.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.BranchA, municipalities = new[] { "9902" } });
        var branchElection = await liv.PostAsJsonAsync("/api/elections", new { organisationId = W.BranchA, kind = "Local", day = "2027-09-13" });
        // The county places its gap in the north: the north's contact sees it, a branch leader there does not; a region that is none is refused.
        var unknownRegion = await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9901", "Betaby", "9903; Øst" } });
        var placed = await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9901", "Betaby", "9903; nord" } });
        var withGap = Rows(await rolf.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}"));
        var livRows = Rows(await liv.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.BranchA}"));
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9901", "Betaby", "9903" } }));

        Assert.Contains("Alfaby", region.Keys);
        Assert.Contains("Betaby", region.Keys);
        Assert.DoesNotContain("Hullby", region.Keys);
        Assert.Contains("«Øst» er ingen region i organisasjonen. Regionene er: Nord, Sør", await unknownRegion.Content.ReadAsStringAsync());
        Assert.Equal("Nord", (await placed.Content.ReadFromJsonAsync<JsonElement[]>())!.Single(m => m.GetProperty("number").GetString() == "9903").GetProperty("region").GetString());
        Assert.Equal(("Nord", true), (withGap["Hullby"].GetProperty("region").GetString(), withGap["Hullby"].GetProperty("gap").GetBoolean()));
        Assert.DoesNotContain("Hullby", livRows.Keys);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, chosenOutside.StatusCode);
        Assert.Contains("fylkeslaget", await branchAsCounty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, branchElection.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(Arbeidsplan.Web.Documents.ExcelSheet.ContentType, excel.Content.Headers.ContentType?.MediaType);
    }

    private Task<(Guid Alfa, Guid Beta)> MunicipalitiesAsync() => app.WithDbAsync(async db =>
        (await db.Municipalities.Where(m => m.Name == "Alfaby").Select(m => m.Id).SingleAsync(), await db.Municipalities.Where(m => m.Name == "Betaby").Select(m => m.Id).SingleAsync()));
}
