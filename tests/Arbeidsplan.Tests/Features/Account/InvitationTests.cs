using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Account;

public sealed class InvitationTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Accept_SecondTime_IsRefused()
    {
        var token = await InviteAsync("Ine Invitert", "ine@test.no");
        Assert.True((await AcceptAsync(token, AppFactory.Password)).IsOk);

        var again = await AcceptAsync(token, AppFactory.Password);

        Assert.Equal(Arbeidsplan.Web.Features.Shared.OutcomeStatus.NotFound, again.Status);
    }

    [Fact]
    public async Task Accept_AfterFourteenDays_IsRefused()
    {
        var token = await InviteAsync("Even Utløpt", "even@test.no");
        var start = app.Clock.GetCurrentInstant();
        app.Clock.Advance(Duration.FromDays(15));
        try
        {
            Assert.False((await AcceptAsync(token, AppFactory.Password)).IsOk);
        }
        finally
        {
            app.Clock.Reset(start);
        }
    }

    [Fact]
    public async Task Accept_WeakPassword_SaysWhyInNorwegianAndKeepsTheInvitation()
    {
        var token = await InviteAsync("Pia Passord", "pia@test.no");

        var weak = await AcceptAsync(token, "kort");

        Assert.Equal("Password", weak.Errors.Keys.Single());
        Assert.Contains("minst 10 tegn", weak.Errors["Password"][0]);
        Assert.True((await AcceptAsync(token, AppFactory.Password)).IsOk);
    }

    [Fact]
    public async Task Invite_PersonWithoutEmailOrOutsideScope_IsRefused()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var noEmail = await app.Register().PersonAsync("Uten Epost", W.County);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/invitations", new { personId = noEmail })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/invitations", new { personId = W.Outsider })).StatusCode);
    }

    [Fact]
    public async Task Invite_SomeoneWithWiderAccess_WithoutEmail_ShowsNoLinkToTheInviter_ButTheAdministratorMakesOne()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var wide = await ApiResponses.Created(await kari.PostAsJsonAsync("/api/persons", new { organisationId = W.BranchA, name = "Vera Vid", email = "vera@test.no" }));
        await ApiResponses.Created(await kari.PostAsJsonAsync("/api/positions", new { personId = wide, positionTypeId = W.Leader, organisationId = W.County, from = "2026-03-01" }));
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);

        var invited = await liv.PostAsJsonAsync("/api/invitations", new { personId = wide });

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var body = await invited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("link").ValueKind);
        Assert.Contains("administrator", body.GetProperty("message").GetString());
        var admin = await app.SignedInClientAsync(W.Admin);
        var renewed = await (await admin.PostAsync($"/api/invitations/{body.GetProperty("id").GetGuid()}/link", null)).Content.ReadFromJsonAsync<JsonElement>();
        var token = renewed.GetProperty("link").GetString()!.Split('/').Last();
        Assert.True((await AcceptAsync(token, AppFactory.Password)).IsOk);
    }

    [Fact]
    public async Task Invite_ThenEmailChanged_VoidsTheInvitation()
    {
        var person = await app.Register().PersonAsync("Endre Epost", W.BranchA, "endre@test.no");
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var token = (await (await kari.PostAsJsonAsync("/api/invitations", new { personId = person })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("link").GetString()!.Split('/').Last();
        var version = (await kari.GetFromJsonAsync<JsonElement>($"/api/persons/{person}")).GetProperty("version").GetInt64();

        await ApiResponses.Ok(await kari.PutAsJsonAsync($"/api/persons/{person}", new { organisationId = W.BranchA, name = "Endre Epost", email = "ny.adresse@test.no", version }));

        Assert.False((await AcceptAsync(token, AppFactory.Password)).IsOk);
    }

    private async Task<string> InviteAsync(string name, string email)
    {
        var person = await app.Register().PersonAsync(name, W.County, email);
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var response = await client.PostAsJsonAsync("/api/invitations", new { personId = person });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("emailSent").GetBoolean());
        return body.GetProperty("link").GetString()!.Split('/').Last();
    }

    private async Task<Arbeidsplan.Web.Features.Shared.Outcome<Arbeidsplan.Web.Data.AppUser>> AcceptAsync(string token, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvitationService>().AcceptAsync(token, password);
    }
}
