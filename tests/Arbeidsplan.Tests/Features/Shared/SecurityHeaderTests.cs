using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Shared;

public sealed class SecurityHeaderTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Theory]
    [InlineData("/logg-inn", false)]
    [InlineData("/organisasjoner", true)]
    [InlineData("/api/me", true)]
    [InlineData("/finnes-ikke", true)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool signedIn)
    {
        var client = signedIn ? await app.SignedInClientAsync(app.World.CountyLeaderUser) : app.AnonymousClient();

        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineStyleOrScript()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);
        foreach (var path in new[] { "/", "/organisasjoner", "/datoplan/arshjul", "/plan", "/lokallag" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain(" onclick=", html);
        }
    }
}
