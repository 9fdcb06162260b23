using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Organisations;

public sealed class RegisterApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Scenario_NewBranchLeaderAndRegionContact_InvitedContactSeesExactlyTheRegion()
    {
        var secretary = await app.SignedInClientAsync(W.CountyLeaderUser);

        var branch = await Created(await secretary.PostAsJsonAsync("/api/organisations",
            new { name = "Delta lokallag", kind = "Local", parentId = W.County, regionId = W.South }));
        var leader = await Created(await secretary.PostAsJsonAsync("/api/persons", new { organisationId = branch, name = "Dag Delta", email = "dag@test.no" }));
        await Created(await secretary.PostAsJsonAsync("/api/positions",
            new { personId = leader, positionTypeId = W.Leader, organisationId = branch, from = "2026-03-01", to = "2027-02-28" }));
        var member = await Created(await secretary.PostAsJsonAsync("/api/persons", new { organisationId = W.County, name = "Siri Styremedlem", email = "siri@test.no" }));
        await Created(await secretary.PostAsJsonAsync("/api/positions",
            new { personId = member, positionTypeId = W.BoardMember, bodyId = W.Board, from = "2026-02-15" }));
        await Created(await secretary.PostAsJsonAsync("/api/positions",
            new { personId = member, positionTypeId = W.RegionContact, organisationId = W.County, regionId = W.South, from = "2026-02-15" }));

        var invitation = await secretary.PostAsJsonAsync("/api/invitations", new { personId = member });
        Assert.Equal(HttpStatusCode.Created, invitation.StatusCode);
        var link = (await invitation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accepted = await scope.ServiceProvider.GetRequiredService<InvitationService>().AcceptAsync(link.Split('/').Last(), AppFactory.Password);
            Assert.True(accepted.IsOk, accepted.Message);
        }

        var contact = await app.SignedInClientAsync("siri@test.no");
        var visible = await contact.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var names = visible!.Select(o => o.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["Delta lokallag", "Gamma lokallag", "Testfylke parti"], names);
        Assert.Equal(HttpStatusCode.NotFound, (await contact.GetAsync($"/api/organisations/{W.BranchA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await contact.GetAsync($"/api/organisations/{W.BranchC}")).StatusCode);
    }

    [Fact]
    public async Task RegionContact_SeesOnlyTheBranchesOfTheRegion()
    {
        var client = await app.SignedInClientAsync(W.RegionContactUser);
        var visible = await client.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var ids = visible!.Select(o => o.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(W.BranchA, ids);
        Assert.Contains(W.BranchB, ids);
        Assert.DoesNotContain(W.BranchC, ids);
        Assert.DoesNotContain(W.County, ids);
        Assert.DoesNotContain(W.OtherCounty, ids);
    }

    [Fact]
    public async Task CreateOrganisation_EmptyOrTooLongName_AnswersNorwegianValidationProblem()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        foreach (var name in new[] { "", new string('x', 201) })
        {
            var response = await client.PostAsJsonAsync("/api/organisations", new { name, kind = "Local", parentId = W.County });
            var problem = await Problem(response, HttpStatusCode.BadRequest);
            var message = problem.GetProperty("errors").GetProperty("Name")[0].GetString();
            Assert.True(message is "Navn må fylles ut." or "Navn kan ikke være lengre enn 200 tegn.", message);
        }
    }

    [Fact]
    public async Task UpdateOrganisation_MadeItsOwnAncestor_IsRefused()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var county = await client.GetFromJsonAsync<JsonElement>($"/api/organisations/{W.County}");
        var response = await client.PutAsJsonAsync($"/api/organisations/{W.County}",
            new { name = "Testfylke parti", kind = "County", parentId = W.BranchA, version = county.GetProperty("version").GetInt64() });
        // Moving under a branch also moves it out of the leader's reach; either rule may answer, never a save.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var admin = await app.SignedInClientAsync(W.Admin);
        response = await admin.PutAsJsonAsync($"/api/organisations/{W.County}",
            new { name = "Testfylke parti", kind = "County", parentId = W.BranchA, version = county.GetProperty("version").GetInt64() });
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("under seg selv", problem.GetProperty("errors").GetProperty("ParentId")[0].GetString());
    }

    [Fact]
    public async Task UpdateOrganisation_StaleVersion_AnswersConflict()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var branch = await Created(await client.PostAsJsonAsync("/api/organisations", new { name = "Epsilon lokallag", kind = "Local", parentId = W.County }));
        var first = await client.PutAsJsonAsync($"/api/organisations/{branch}", new { name = "Epsilon Sp", kind = "Local", parentId = W.County, version = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/organisations/{branch}", new { name = "Epsilon gammel", kind = "Local", parentId = W.County, version = 1 });

        var problem = await Problem(stale, HttpStatusCode.Conflict);
        Assert.Contains("endret", problem.GetProperty("detail").GetString());
        var now = await client.GetFromJsonAsync<JsonElement>($"/api/organisations/{branch}");
        Assert.Equal("Epsilon Sp", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AppointPosition_TermEndingBeforeItStarts_IsRefused()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var response = await client.PostAsJsonAsync("/api/positions",
            new { personId = W.BranchLeader, positionTypeId = W.Leader, organisationId = W.BranchB, from = "2026-05-01", to = "2026-04-01" });
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("Perioden kan ikke slutte før den begynner.", problem.GetProperty("errors").GetProperty("To")[0].GetString());
    }

    [Fact]
    public async Task AppointPosition_InOrganisationOutsideScope_IsRefused()
    {
        var client = await app.SignedInClientAsync(W.BranchLeaderUser);
        var response = await client.PostAsJsonAsync("/api/positions",
            new { personId = W.BranchLeader, positionTypeId = W.Leader, organisationId = W.BranchB, from = "2026-05-01" });
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("ansvar for", problem.GetProperty("errors").GetProperty("OrganisationId")[0].GetString());
    }

    [Fact]
    public async Task CreateMunicipality_DuplicateNumber_IsRefused()
    {
        var admin = await app.SignedInClientAsync(W.Admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/municipalities", new { number = "3412", name = "Løten" })).StatusCode);
        var problem = await Problem(await admin.PostAsJsonAsync("/api/municipalities", new { number = "3412", name = "Løten igjen" }), HttpStatusCode.BadRequest);
        Assert.Contains("allerede i bruk", problem.GetProperty("errors").GetProperty("Number")[0].GetString());
        var malformed = await Problem(await admin.PostAsJsonAsync("/api/municipalities", new { number = "34", name = "Kort" }), HttpStatusCode.BadRequest);
        Assert.Contains("fire sifre", malformed.GetProperty("errors").GetProperty("Number")[0].GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_AnswersProblemNotServerError()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var response = await client.PostAsync("/api/organisations", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PersonChange_IsAuditedWithTheActor()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var person = await Created(await client.PostAsJsonAsync("/api/persons", new { organisationId = W.County, name = "Audun Audit" }));
        var admin = await app.SignedInClientAsync(W.Admin);
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?entityId={person}");
        var entry = log.GetProperty("items")[0];
        Assert.Equal("kari@test.no", entry.GetProperty("actor").GetString());
        Assert.Equal("Added", entry.GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_FromLogin_OpensTheApi()
    {
        var client = app.AnonymousClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = W.CountyLeaderUser, password = AppFactory.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(W.CountyLeaderUser, me.GetProperty("userName").GetString());
        var wrong = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email = W.CountyLeaderUser, password = "feil" });
        await Problem(wrong, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocument_IsPublished()
    {
        var document = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/organisations", out _));
    }

    [Fact]
    public async Task Health_AnswersHealthy()
    {
        var response = await app.AnonymousClient().GetStringAsync("/health");
        var live = await app.AnonymousClient().GetStringAsync("/health/live");
        var ready = await app.AnonymousClient().GetStringAsync("/health/ready");
        Assert.Equal(("Healthy", "Healthy", "Healthy"), (response, live, ready));
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
