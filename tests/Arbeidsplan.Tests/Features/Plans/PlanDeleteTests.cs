using System.Net;
using System.Net.Http.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>A delete carries the version it read: a stale one is refused with 409 and nothing is lost; none at all is a 400.</summary>
public sealed class PlanDeleteTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Delete_PlanAndMeasure_TakeTheVersionTheyRead()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Utkast til sletting", kind = "Annual", fromYear = 2027 }));
        var measure = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { code = "1", text = "Tiltak til sletting", timing = "Mars" }));
        await client.PutAsJsonAsync($"/api/measures/{measure}", new { code = "1", text = "Endret av en annen", timing = "Mars", version = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync($"/api/measures/{measure}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/measures/{measure}?version=1")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == measure)));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/measures/{measure}?version=2")).StatusCode);

        var planVersion = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == plan).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/plans/{plan}?version={planVersion - 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/plans/{plan}?version={planVersion}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Id == plan)));
    }
}
