using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>
/// A county's own step targets for an election the national party follows up: «toppkandidat før nyttår» set by the county's
/// leader, measured on the county's lists and nobody else's; set by no one who does not cover the county.
/// </summary>
public sealed class CountyTargetApiTests(WorldApp app) : IClassFixture<WorldApp>, IAsyncLifetime
{
    private World W => app.World;
    private Guid election;

    public async Task InitializeAsync()
    {
        election = await app.WithDbAsync(db => db.Elections.Where(e => e.OrganisationId == W.National).Select(e => e.Id).FirstOrDefaultAsync());
        if (election != Guid.Empty)
        {
            return;
        }
        await app.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9931"), "Målby");
            db.Municipalities.Add(place);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
            db.CountyMunicipalities.Add(new CountyMunicipality(W.County, place.Id));
            await db.SaveChangesAsync();
        });
        var admin = await app.BearerClientAsync(W.Admin);
        election = await Created(await admin.PostAsJsonAsync("/api/elections", new { organisationId = W.National, kind = "Local", day = "2027-09-13" }));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static string Target(JsonElement overview, string row, string kind) =>
        overview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == row)
            .GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == kind).GetProperty("target").GetString()!;

    private static JsonElement Own(JsonElement view, string kind) => view.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task CountyLeader_SetsTopCandidateBeforeTheElections_TheCountysListsAreMeasuredByIt_AndEmptyFollowsTheElectionAgain()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var before = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/county-targets?organisationId={W.County}");

        var set = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = before.GetProperty("version").GetInt64(), targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = "2026-11-30" },
        });
        var view = await set.Content.ReadFromJsonAsync<JsonElement>();
        var overview = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");
        var cleared = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = view.GetProperty("version").GetInt64(), targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = null },
        });
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nominations?organisationId={W.County}");

        Assert.True(before.GetProperty("canEdit").GetBoolean());
        Assert.Equal(JsonValueKind.Null, Own(before, "TopCandidateChosen").GetProperty("own").ValueKind);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(("2026-12-31", "2026-11-30", "2026-11-30"), (Own(view, "TopCandidateChosen").GetProperty("election").GetString(),
            Own(view, "TopCandidateChosen").GetProperty("own").GetString(), Own(view, "TopCandidateChosen").GetProperty("applies").GetString()));
        Assert.Equal("2026-11-30", Target(overview, "Målby", "TopCandidateChosen"));
        Assert.Equal("2026-11-30", Target(overview, "Fylkestinget (Testfylke parti)", "TopCandidateChosen"));
        Assert.Equal("2027-03-31", Target(overview, "Målby", "ListFiled"));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal("2026-12-31", Target(after, "Målby", "TopCandidateChosen"));
        Assert.False(await app.WithDbAsync(db => db.CountyStepTargets.AnyAsync(t => t.ElectionId == election && t.OrganisationId == W.County)));
    }

    [Fact]
    public async Task BadInput_ATargetAfterTheElection_AStaleVersion_AndTheElectionsOwnOrganisation_AreRefused_AndNothingIsSaved()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var admin = await app.BearerClientAsync(W.Admin);

        var late = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = 0, targets = new Dictionary<string, string?> { ["SurveySent"] = "2026-10-01", ["ListApproved"] = "2027-10-01" },
        });
        var looser = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = 0, targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = "2026-12-01", ["ListFiled"] = "2027-04-15" },
        });
        var stale = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = 7, targets = new Dictionary<string, string?> { ["SurveySent"] = "2026-10-01" },
        });
        var owner = await admin.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.National, version = 0, targets = new Dictionary<string, string?> { ["SurveySent"] = "2026-10-01" },
        });
        var branch = await admin.GetAsync($"/api/elections/{election}/county-targets?organisationId={W.BranchA}");

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("«Liste godkjent» er etter valgdagen 13.9.2027", await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, looser.StatusCode);
        Assert.Contains("«Listeforslag levert» kan ikke være senere enn 31.3.2027", await looser.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, owner.StatusCode);
        Assert.Contains("endrer valgets mål", await owner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, branch.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CountyStepTargets.AnyAsync(t => t.ElectionId == election)));
    }

    [Fact]
    public async Task SavedTargets_AChangeFromAnOlderVersion_IsRefusedWith409_AndTheSavedTargetStays()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var first = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = 0, targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = "2026-11-30" },
        });
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();

        var stale = await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = 0, targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = "2026-10-01" },
        });
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/county-targets?organisationId={W.County}");
        await kari.PutAsJsonAsync($"/api/elections/{election}/county-targets", new
        {
            organisationId = W.County, version = after.GetProperty("version").GetInt64(), targets = new Dictionary<string, string?>(),
        });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(saved.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal("2026-11-30", Own(after, "TopCandidateChosen").GetProperty("own").GetString());
    }

    [Fact]
    public async Task Scope_ABranchLeaderReadsButDoesNotSet_AnotherCountysLeaderFindsNoTargetsOfOurs_NorAnElectionThatIsNot()
    {
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);
        var body = new { organisationId = W.County, version = 0, targets = new Dictionary<string, string?> { ["TopCandidateChosen"] = "2026-11-01" } };

        var read = await liv.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/county-targets?organisationId={W.County}");
        var livSets = await liv.PutAsJsonAsync($"/api/elections/{election}/county-targets", body);
        var olaSets = await ola.PutAsJsonAsync($"/api/elections/{election}/county-targets", body);
        var unknown = await ola.GetAsync($"/api/elections/{Guid.NewGuid()}/county-targets?organisationId={W.OtherCounty}");

        Assert.False(read.GetProperty("canEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, livSets.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, olaSets.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CountyStepTargets.AnyAsync(t => t.ElectionId == election)));
    }
}
