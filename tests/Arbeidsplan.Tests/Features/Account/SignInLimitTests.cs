using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Arbeidsplan.Tests.Features.Account;

/// <summary>Guessing passwords is slowed per account and per address, without telling which accounts exist or keeping the owner out.</summary>
public sealed class SignInLimitTests : IClassFixture<SignInLimitTests.LimitedApp>
{
    private readonly LimitedApp app;

    public SignInLimitTests(LimitedApp app) => this.app = app;

    public sealed class LimitedApp : AppFactory, IAsyncLifetime
    {
        public World World { get; private set; } = default!;

        protected override int SignInAttemptsPerAccount => 3;

        protected override int SignInAttemptsPerAddress => 40;

        public async Task InitializeAsync() => World = await Register().WorldAsync();

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task WrongPasswords_FromANewDevice_AreSlowedDown_ButTheOwnersBrowserStillSignsIn()
    {
        var email = app.World.RegionContactUser;
        var owner = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = AppFactory.Password })).StatusCode);
        var attacker = app.AnonymousClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = $"gjett-{i}-passord" })).StatusCode);
        }

        var slowed = await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = AppFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.Contains("For mange forsøk", (await slowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = AppFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task UnknownAccount_IsAnsweredAsAWrongPassword_AndSlowedDownTheSameWay()
    {
        var client = app.AnonymousClient();
        var known = await client.PostAsJsonAsync("/api/auth/login", new { email = app.World.CountyLeaderUser, password = "gjett-passord-1" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "finnes.ikke@test.no", password = "gjett-passord-1" });

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Detail(await known.Content.ReadAsStringAsync()), Detail(await unknown.Content.ReadAsStringAsync()));
        for (var i = 0; i < 2; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = "finnes.ikke@test.no", password = "gjett-passord-2" });
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/login", new { email = "finnes.ikke@test.no", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task ManyAttemptsFromOneAddress_AreRefusedWith429_AndPageViewsAreNot()
    {
        var client = app.AnonymousClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 45 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = $"noen{i}@test.no" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logg-inn")).StatusCode);
    }

    private static string? Detail(string body) => JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
}
