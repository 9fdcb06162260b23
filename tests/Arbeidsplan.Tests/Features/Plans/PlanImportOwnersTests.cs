using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Features.Plans;

/// <summary>Owners a plan names that the register does not have: kept as text, or created as a body or (administrators) a position type.</summary>
public sealed class PlanImportOwnersTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static string Plan(string committee, string office) =>
        $"Arbeidsplan 2027\n\n1. Organisasjon\n\nKode\tTiltak\tAnsvar\tGjennomføring\n1.1\tVervekampanje\tLeder\tMars\n"
        + $"1.2\tNominasjon\t{committee}\tinnen 1. juli\n1.3\tKurs for tillitsvalgte\t{office}\tHøsten\n1.4\tValgkamp\tKasserer og sekretær\tAugust\n";

    [Fact]
    public async Task Preview_ListsTheOwnersTheRegisterLacks_WithTheChoicesTheActorHas()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var preview = await Json(await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = Plan("Valgnemnda", "Skoleringsansvarlig") }));

        var owners = preview.GetProperty("owners").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!,
            o => string.Join(",", o.GetProperty("choices").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal(new Dictionary<string, string> { ["Valgnemnda"] = "Text,Body", ["Skoleringsansvarlig"] = "Text,Body", ["Kasserer og sekretær"] = "Text" }, owners);
    }

    [Fact]
    public async Task Import_OwnerChosenAsABody_CreatesTheBodyInTheOrganisation_AndLinksTheMeasure_Audited()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var saved = await client.PostAsJsonAsync("/api/plans/import", new
        {
            organisationId = W.County, title = "Plan med ny komité", text = Plan("Nominasjonskomiteen", "Skoleringsleder"), apply = true,
            owners = new Dictionary<string, string> { ["Nominasjonskomiteen"] = "Body" },
        });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var measures = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{(await Json(saved)).GetProperty("planId").GetGuid()}/measures")).GetProperty("items");
        var known = measures.EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!, m => m.GetProperty("ownerKnown").GetBoolean());
        Assert.Equal((true, false), (known["1.2"], known["1.3"]));
        var body = await app.WithDbAsync(db => db.Bodies.SingleAsync(b => b.Name == "Nominasjonskomiteen"));
        Assert.Equal((W.County, Arbeidsplan.Domain.Register.BodyKind.Committee), (body.OrganisationId, body.Kind));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Body" && a.EntityId == body.Id && a.Actor.Contains("kari"))));
    }

    [Fact]
    public async Task Import_PositionTypeChosenByOneWhoIsNoAdministrator_IsRefused_AndNothingIsCreated()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var refused = await client.PostAsJsonAsync("/api/plans/import", new
        {
            organisationId = W.County, title = "Plan med ny vervtype", text = Plan("Kampanjeutvalget", "Vervekoordinator"), apply = true,
            owners = new Dictionary<string, string> { ["Kampanjeutvalget"] = "Body", ["Vervekoordinator"] = "PositionType" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Bare systemadministratorer", (await Json(refused)).GetProperty("errors").GetProperty("Owners")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Bodies.AnyAsync(b => b.Name == "Kampanjeutvalget")));
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Title == "Plan med ny vervtype")));
    }

    [Fact]
    public async Task Import_PositionTypeChosenByAnAdministrator_CreatesTheTypeForTheParty()
    {
        var client = await app.SignedInClientAsync(W.Admin);

        var saved = await client.PostAsJsonAsync("/api/plans/import", new
        {
            organisationId = W.County, title = "Plan med vervtype", text = Plan("Arrangementskomiteen", "Digitalansvarlig"), apply = true,
            owners = new Dictionary<string, string> { ["Digitalansvarlig"] = "PositionType" },
        });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PositionTypes.AnyAsync(t => t.Name == "Digitalansvarlig" && t.PartyId == W.National)));
    }

    [Fact]
    public async Task Import_SeveralNamesInOneOwner_CannotBeCreated()
    {
        var client = await app.SignedInClientAsync(W.Admin);

        var refused = await client.PostAsJsonAsync("/api/plans/import", new
        {
            organisationId = W.County, text = Plan("Festkomiteen", "Webredaktør"), apply = true,
            owners = new Dictionary<string, string> { ["Kasserer og sekretær"] = "Body" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("kan bare beholdes som tekst", (await Json(refused)).GetProperty("errors").GetProperty("Owners")[0].GetString());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
