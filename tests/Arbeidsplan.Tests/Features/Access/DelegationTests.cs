using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Access;

/// <summary>The ways an ordinary account once widened its own access, each refused by the one rule of delegation.</summary>
public sealed class DelegationTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task BranchLeader_CommitteeDrawingMembersFromOtherCountyAndNational_IsRefusedAndScopeUnchanged()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var before = await OrganisationsAsync(liv);

        var created = await liv.PostAsJsonAsync("/api/bodies",
            new { organisationId = W.BranchA, name = "Innbruddsutvalget", kind = "Committee", memberOrganisationIds = new[] { W.OtherCounty, W.National } });

        await AssertFieldError(created, "MemberOrganisationIds");
        Assert.Equal(before, await OrganisationsAsync(liv));
    }

    [Fact]
    public async Task BranchLeader_OwnCommitteeThenAppointingHerself_IsRefused()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var committee = await Created(await liv.PostAsJsonAsync("/api/bodies", new { organisationId = W.BranchA, name = "Festkomiteen", kind = "Committee" }));

        var appointed = await liv.PostAsJsonAsync("/api/positions",
            new { personId = W.BranchLeader, positionTypeId = W.Leader, bodyId = committee, from = "2026-03-01" });

        await AssertFieldError(appointed, "PersonId");
    }

    [Fact]
    public async Task BoardMember_AddingNationalPartyToCountyBoard_IsRefused()
    {
        var stine = await app.SignedInClientAsync(W.BoardMemberUser);
        var body = await stine.GetFromJsonAsync<JsonElement>($"/api/bodies/{W.Board}");

        var changed = await stine.PutAsJsonAsync($"/api/bodies/{W.Board}", new
        {
            organisationId = W.County, name = "Fylkesstyret", kind = "Board", memberOrganisationIds = new[] { W.National },
            version = body.GetProperty("version").GetInt64(),
        });

        await AssertFieldError(changed, "MemberOrganisationIds");
    }

    [Fact]
    public async Task CountyLeader_DrawingMembersFromOwnBranches_IsAllowed()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await kari.PostAsJsonAsync("/api/bodies",
            new { organisationId = W.County, name = "Valgkampnettverket", kind = "Network", memberOrganisationIds = new[] { W.BranchA, W.BranchB } }));
    }

    [Fact]
    public async Task CountyLeader_AppointingHerselfMemberOfficerInABranch_IsRefused()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var appointed = await kari.PostAsJsonAsync("/api/positions",
            new { personId = W.CountyLeader, positionTypeId = W.BoardMember, organisationId = W.BranchB, from = "2026-03-01" });

        await AssertFieldError(appointed, "PersonId");
    }

    [Fact]
    public async Task RegionContact_AppointingSomeoneCountyLeader_IsRefused()
    {
        var rolf = await app.SignedInClientAsync(W.RegionContactUser);
        var person = await Created(await rolf.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchA, name = "Per Pådriver" }));

        var appointed = await rolf.PostAsJsonAsync("/api/positions",
            new { personId = person, positionTypeId = W.Leader, organisationId = W.County, from = "2026-03-01" });

        Assert.Equal(HttpStatusCode.BadRequest, appointed.StatusCode);
    }

    [Fact]
    public async Task BoardMember_AppointingABranchLeader_IsRefusedAsItReachesBelowHerOwnUnit()
    {
        var stine = await app.SignedInClientAsync(W.BoardMemberUser);

        var appointed = await stine.PostAsJsonAsync("/api/positions",
            new { personId = W.Contact, positionTypeId = W.Leader, organisationId = W.County, from = "2026-03-01" });

        await AssertFieldError(appointed, "OrganisationId");
    }

    [Fact]
    public async Task CountyLeader_AppointingAnotherBranchLeader_IsAllowed()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchC, name = "Gunn Gamma" }));

        await Created(await kari.PostAsJsonAsync("/api/positions",
            new { personId = person, positionTypeId = W.Leader, organisationId = W.BranchC, from = "2026-03-01" }));
    }

    [Fact]
    public async Task Holder_EndingOwnTerm_IsAllowed_LengtheningIt_IsRefused()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchB, name = "Bodil Beta", email = "bodil@test.no" }));
        var position = await Created(await kari.PostAsJsonAsync("/api/positions",
            new { personId = person, positionTypeId = W.Leader, organisationId = W.BranchB, from = "2026-02-15", to = "2027-02-14" }));
        await app.Register().UserAsync("bodil@test.no", person);
        var bodil = await app.SignedInClientAsync("bodil@test.no");

        var longer = await bodil.PutAsJsonAsync($"/api/positions/{position}", new { from = "2026-02-15", to = "2028-02-14", version = 1 });
        await AssertFieldError(longer, "To");
        var shorter = await bodil.PutAsJsonAsync($"/api/positions/{position}", new { from = "2026-02-15", to = "2026-09-30", version = 1 });
        await Ok(shorter);
    }

    [Fact]
    public async Task BranchLeader_ChangingHerBranchsKindOrParent_IsRefused()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var branch = await liv.GetFromJsonAsync<JsonElement>($"/api/organisations/{W.BranchA}");
        var version = branch.GetProperty("version").GetInt64();

        var kind = await liv.PutAsJsonAsync($"/api/organisations/{W.BranchA}",
            new { name = "Alfa lokallag", kind = "Affiliate", parentId = W.County, regionId = W.North, version });
        await AssertFieldError(kind, "Kind");
        var moved = await liv.PutAsJsonAsync($"/api/organisations/{W.BranchA}",
            new { name = "Alfa lokallag", kind = "Local", parentId = W.OtherCounty, regionId = (Guid?)null, version });
        await AssertFieldError(moved, "ParentId");
        var region = await liv.PutAsJsonAsync($"/api/organisations/{W.BranchA}",
            new { name = "Alfa lokallag", kind = "Local", parentId = W.County, regionId = W.South, version });
        await AssertFieldError(region, "RegionId");

        var renamed = await liv.PutAsJsonAsync($"/api/organisations/{W.BranchA}",
            new { name = "Alfa Senterparti", kind = "Local", parentId = W.County, regionId = W.North, version });
        await Ok(renamed);
    }

    [Fact]
    public async Task BranchLeader_EventHostedByAnotherCounty_IsRefused()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var kinds = await liv.GetFromJsonAsync<JsonElement[]>("/api/calendar/kinds");

        var created = await liv.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.BranchA, hostId = W.OtherCounty, kindId = kinds![0].GetProperty("id").GetGuid(), title = "Falsk møte",
            startDate = "2026-09-01", visibility = "Public",
        });

        await AssertFieldError(created, "HostId");
    }

    [Fact]
    public async Task BranchLeader_ChangingEmailOfSomeoneWithWiderScope_IsRefused()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var wide = await Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchA, name = "Vidar Vid", email = "vidar@test.no" }));
        await Created(await kari.PostAsJsonAsync("/api/positions", new { personId = wide, positionTypeId = W.Leader, organisationId = W.County, from = "2026-03-01" }));
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var person = await liv.GetFromJsonAsync<JsonElement>($"/api/persons/{wide}");
        var version = person.GetProperty("version").GetInt64();

        var changed = await liv.PutAsJsonAsync($"/api/persons/{wide}",
            new { organisationId = W.BranchA, name = "Vidar Vid", email = "liv.sin@test.no", version });
        await AssertFieldError(changed, "Email");

        var renamed = await liv.PutAsJsonAsync($"/api/persons/{wide}",
            new { organisationId = W.BranchA, name = "Vidar Vidsyn", email = "vidar@test.no", version });
        await Ok(renamed);
    }

    private static async Task<List<Guid>> OrganisationsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("organisations").EnumerateArray().Select(e => e.GetGuid()).Order().ToList();

    private static async Task AssertFieldError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"No error on {field}: {body}");
    }
}
