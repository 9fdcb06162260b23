using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Features.PositionTypes;

public sealed class DutyImportTests(WorldApp app) : IClassFixture<WorldApp>
{
    private const string Instruction = """
        2.6.2 Styrets arbeidsinstruks

        Leder:
        • Kalle inn til styremøter og lage
          sakslisten
        • Være på minst ett regionmøte i hver region

        Kasserer:
        • Føre regnskapet
        """;

    [Fact]
    public async Task Import_PreviewThenApply_SetsDutiesAndCreatesMissingTypes()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);

        var preview = await admin.PostAsJsonAsync("/api/position-types/import-duties", new { organisationId = app.World.County, text = Instruction, apply = false });
        var rows = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Equal(["Leder", "Kasserer"], rows.EnumerateArray().Select(r => r.GetProperty("positionType").GetString()));
        Assert.False(rows[0].GetProperty("isNew").GetBoolean());
        Assert.True(rows[1].GetProperty("isNew").GetBoolean());
        Assert.False(await app.WithDbAsync(db => db.PositionTypes.AnyAsync(t => t.Name == "Kasserer")));

        var applied = await admin.PostAsJsonAsync("/api/position-types/import-duties", new { organisationId = app.World.County, text = Instruction, apply = true });

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var leader = await app.WithDbAsync(db => db.PositionTypes.SingleAsync(t => t.Name == "Leder"));
        Assert.Equal(["Kalle inn til styremøter og lage sakslisten", "Være på minst ett regionmøte i hver region"], leader.DutyLines);
        Assert.True(await app.WithDbAsync(db => db.PositionTypes.AnyAsync(t => t.Name == "Kasserer" && t.PartyId == app.World.National)));
    }

    [Fact]
    public async Task Import_TextWithoutRoles_ExplainsTheExpectedShape()
    {
        var admin = await app.SignedInClientAsync(app.World.Admin);
        var response = await admin.PostAsJsonAsync("/api/position-types/import-duties", new { organisationId = app.World.County, text = "bare løs tekst uten verv", apply = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("kolon", problem.GetProperty("errors").GetProperty("Text")[0].GetString());
    }

    [Fact]
    public async Task Import_ByNonAdministrator_IsForbidden()
    {
        var leader = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        var response = await leader.PostAsJsonAsync("/api/position-types/import-duties", new { organisationId = app.World.County, text = Instruction, apply = true });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
