using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Account;

/// <summary>Sign-ins the server can end: sign-out, a new password and deactivation end them at once, for cookies and bearer tokens alike.</summary>
public sealed class SessionTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Logout_EndsTheCookieOnTheServer_SoACopyOfItNoLongerWorks()
    {
        var email = await NewUserAsync("kake");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = AppFactory.Password });
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        Assert.Equal(HttpStatusCode.OK, (await Send(client, HttpMethod.Get, "/api/me", cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Send(client, HttpMethod.Post, "/api/auth/logout", cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, HttpMethod.Get, "/api/me", cookie)).StatusCode);
    }

    [Fact]
    public async Task BearerToken_RefreshedWhileSignedIn_RefusedOnceSignedOut()
    {
        var email = await NewUserAsync("token");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var tokens = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password })).Content.ReadFromJsonAsync<JsonElement>();
        var refresh = tokens.GetProperty("refreshToken").GetString();
        var renewed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh });
        await Ok(renewed);
        var access = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        await Ok(await client.GetAsync("/api/me"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "tull" })).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsEveryOtherSignIn_AndKeepsThisOne()
    {
        var email = await NewUserAsync("bytte");
        var here = await app.SignedInClientAsync(email);
        var elsewhere = await app.SignedInClientAsync(email);
        var token = await app.BearerClientAsync(email);

        var wrong = await here.PostAsJsonAsync("/api/account/password", new { currentPassword = "ikke-mitt-1", newPassword = "Nytt-passord-42" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("CurrentPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await here.PostAsJsonAsync("/api/account/password", new { currentPassword = AppFactory.Password, newPassword = "Nytt-passord-42" })).StatusCode);

        await Ok(await here.GetAsync("/api/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        var old = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }

    [Fact]
    public async Task Deactivated_UserIsSignedOutAtOnce_AndToldWhyOnlyWithTheRightPassword()
    {
        var email = await NewUserAsync("slutt");
        var user = await app.SignedInClientAsync(email);
        var admin = await app.SignedInClientAsync(W.Admin);
        var id = await app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == email)).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/users/{id}/deactivate", new { reason = "Har flyttet fra fylket." })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/me")).StatusCode);
        var wrong = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = "feil-passord-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var right = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("flyttet", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/reactivate", null)).StatusCode);
        await app.SignedInClientAsync(email);
    }

    [Fact]
    public async Task User_WhosePositionsHaveAllEnded_IsDeactivatedAtSignIn_WithTheReason()
    {
        var person = await app.Register().PersonAsync("Tidligere Tillitsvalgt", W.BranchB, "tidligere@test.no");
        await app.Register().PositionAsync(person, W.Leader, organisation: W.BranchB,
            term: new Arbeidsplan.Domain.Common.Term(new NodaTime.LocalDate(2024, 2, 1), new NodaTime.LocalDate(2026, 1, 31)));
        await app.Register().UserAsync("tidligere@test.no", person);

        var response = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email = "tidligere@test.no", password = AppFactory.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("vervene dine er avsluttet", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.NotNull(await app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == "tidligere@test.no")).DeactivatedAt));
    }

    [Fact]
    public async Task TwoFactor_TurnedOn_AsksForTheCode_AndTakesARecoveryCodeOnce()
    {
        var email = await NewUserAsync("tofaktor");
        var client = await app.SignedInClientAsync(email);
        var status = await client.GetFromJsonAsync<JsonElement>("/api/account/two-factor");
        var key = status.GetProperty("sharedKey").GetString()!;
        var wrong = await client.PostAsJsonAsync("/api/account/two-factor", new { code = "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await client.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recovery = (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, recovery.Count);

        var noCode = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.True((await noCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("twoFactorRequired").GetBoolean());
        var withRecovery = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password, twoFactorCode = recovery[0] });
        Assert.Equal(HttpStatusCode.OK, withRecovery.StatusCode);
        var again = await app.AnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password, twoFactorCode = recovery[0] });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        await app.SignedInClientAsync(email);
    }

    [Fact]
    public async Task Administrator_WithoutTwoFactor_ReachesOnlyItsSetUp()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(new AppUser { UserName = "ny.admin@test.no", Email = "ny.admin@test.no", IsAdministrator = true }, AppFactory.Password);
        }
        var admin = await app.SignedInClientAsync("ny.admin@test.no");

        var refused = await admin.GetAsync("/api/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("tofaktor", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var page = await admin.GetAsync("/organisasjoner");
        Assert.Equal("/konto/tofaktor", page.Headers.Location?.OriginalString);
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/account/two-factor");
        Assert.True(status.GetProperty("required").GetBoolean());

        await Ok(await admin.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(status.GetProperty("sharedKey").GetString()!, DateTimeOffset.UtcNow) }));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync("/api/account/two-factor")).StatusCode);
    }

    private async Task<string> NewUserAsync(string name)
    {
        var email = $"{name}@test.no";
        var person = await app.Register().PersonAsync(name, W.BranchC, email);
        await app.Register().PositionAsync(person, W.BoardMember, organisation: W.BranchC);
        return await app.Register().UserAsync(email, person);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string cookie)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
