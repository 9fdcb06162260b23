using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.PositionTypes;

/// <summary>
/// Roles are data on the type: set, read back, cleared; a name alone only suggests them when a type is made. Each party keeps its own
/// types: the same name in two parties, and a type of one party neither listed, read nor held in the other.
/// </summary>
public sealed class PositionTypeApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task Roles_AreSetReadAndCleared_AndSuggestedForANewTypeWithoutThem()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);

        var created = await admin.PostAsJsonAsync("/api/position-types", new { organisationId = app.World.County, name = "Formann", scope = "OwnUnit", roles = new[] { "Leads", "ReceivesDigest" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var type = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Leads", "ReceivesDigest"], type.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var cleared = await admin.PutAsJsonAsync($"/api/position-types/{type.GetProperty("id")}",
            new { name = "Formann", scope = "OwnUnit", roles = Array.Empty<string>(), version = type.GetProperty("version").GetInt64() });
        Assert.Empty((await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray());

        var suggested = await (await admin.PostAsJsonAsync("/api/position-types", new { organisationId = app.World.County, name = "Valgkampkontakt", scope = "OwnUnit" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["CampaignContact"], suggested.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Roles_Unknown_IsRefused_AndOnlyAnAdministratorSetsThem()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);
        var leader = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var unknown = await admin.PostAsJsonAsync("/api/position-types", new { organisationId = app.World.County, name = "Kasserer 2", scope = "OwnUnit", roles = new[] { "Emperor" } });
        var notAdmin = await leader.PostAsJsonAsync("/api/position-types", new { organisationId = app.World.County, name = "Keiser", scope = "Subtree", roles = new[] { "Leads" } });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
    }

    [Fact]
    public async Task PositionTypes_BelongToAParty_AndAnotherPartysAreNotSeenOrHeld()
    {
        var register = app.Register();
        var otherParty = await register.OrganisationAsync("Annetpartiet", Arbeidsplan.Domain.Register.OrganisationKind.National);
        var admin = await app.SignedInClientAsync(app.World.Admin);
        var leader = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var theirs = await admin.PostAsJsonAsync("/api/position-types", new { organisationId = otherParty, name = "Leder", scope = "Subtree" });
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        var theirId = (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var noParty = await admin.PostAsJsonAsync("/api/position-types", new { name = "Uten parti", scope = "Subtree" });

        var mine = await leader.GetFromJsonAsync<JsonElement>($"/api/position-types?organisationId={app.World.County}");
        var all = await leader.GetFromJsonAsync<JsonElement>("/api/position-types");
        var read = await leader.GetAsync($"/api/position-types/{theirId}");
        var chosen = await leader.GetAsync($"/api/position-types?organisationId={otherParty}");
        var person = await register.PersonAsync("Nils Nyvalgt", app.World.BranchB);
        var held = await leader.PostAsJsonAsync("/api/positions",
            new { personId = person, positionTypeId = theirId, organisationId = app.World.BranchB, from = "2026-03-01" });

        Assert.Equal(HttpStatusCode.BadRequest, noParty.StatusCode);
        Assert.DoesNotContain(theirId, mine.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Contains(app.World.Leader, mine.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(theirId, all.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, chosen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, held.StatusCode);
        Assert.Contains("annet parti", (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("PositionTypeId")[0].GetString());
    }
}
