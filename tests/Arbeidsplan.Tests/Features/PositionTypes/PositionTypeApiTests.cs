using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.PositionTypes;

/// <summary>Roles are data on the type: set, read back, cleared; a name alone only suggests them when a type is made.</summary>
public sealed class PositionTypeApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task Roles_AreSetReadAndCleared_AndSuggestedForANewTypeWithoutThem()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);

        var created = await admin.PostAsJsonAsync("/api/position-types", new { name = "Formann", scope = "OwnUnit", roles = new[] { "Leads", "ReceivesDigest" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var type = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Leads", "ReceivesDigest"], type.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var cleared = await admin.PutAsJsonAsync($"/api/position-types/{type.GetProperty("id")}",
            new { name = "Formann", scope = "OwnUnit", roles = Array.Empty<string>(), version = type.GetProperty("version").GetInt64() });
        Assert.Empty((await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray());

        var suggested = await (await admin.PostAsJsonAsync("/api/position-types", new { name = "Valgkampkontakt", scope = "OwnUnit" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["CampaignContact"], suggested.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Roles_Unknown_IsRefused_AndOnlyAnAdministratorSetsThem()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);
        var leader = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var unknown = await admin.PostAsJsonAsync("/api/position-types", new { name = "Kasserer 2", scope = "OwnUnit", roles = new[] { "Emperor" } });
        var notAdmin = await leader.PostAsJsonAsync("/api/position-types", new { name = "Keiser", scope = "Subtree", roles = new[] { "Leads" } });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
    }
}
