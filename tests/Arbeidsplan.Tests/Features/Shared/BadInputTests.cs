using Arbeidsplan.Tests.Features.Access;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>Garbage in every query parameter of every route: a clear answer in Norwegian, never a 500.</summary>
public sealed class BadInputTests(WalkWorld app) : IClassFixture<WalkWorld>
{
    // Not a number, out of every range, a date that is not one, a non-ASCII escape, and empty.
    private static readonly string[] Garbage = ["abc", "0", "2147483647", "-99999999999", "9999-99-99", "%C3%B8%C3%A6", ""];

    [Fact]
    public async Task EveryQueryParameter_WithGarbage_IsAnsweredWithoutA500()
    {
        var client = await app.BearerClientAsync(app.World.CountyLeaderUser);
        var requests = new WalkRequests(app, app.Home);
        var failures = new List<string>();
        foreach (var route in RouteCatalog.Read(app.Services).Where(r => EndpointSecurityTests.Walked(r) && r.Method == "GET"))
        {
            foreach (var parameter in route.Query)
            {
                foreach (var value in Garbage)
                {
                    var response = await client.SendAsync(await requests.BuildAsync(route, (parameter.Name, value)));
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{route} ?{parameter.Name}={value}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }
                    else if (route.IsApi && (int)response.StatusCode >= 400 && !IsNorwegianProblem(response, body))
                    {
                        failures.Add($"{route} ?{parameter.Name}={value}: {(int)response.StatusCode} without a Norwegian problem: {body[..Math.Min(200, body.Length)]}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/finnes/ikke")]
    [InlineData("/plan/ikke-en-guid")]
    [InlineData("/datoplan/hendelse/00000000-0000-0000-0000-000000000001")]
    public async Task UnknownPage_ShowsTheNorwegianNotFoundPage(string path)
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var response = await client.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("lang=\"nb\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_WithANonAsciiReturnUrl_IsNoError()
    {
        var response = await app.AnonymousClient().GetAsync("/logg-inn?ReturnUrl=%2F%C3%B8%C3%A6%C3%A5%0D%0A");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static bool IsNorwegianProblem(HttpResponseMessage response, string body) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json"
        && System.Text.Json.JsonDocument.Parse(body).RootElement is var problem
        && problem.TryGetProperty("title", out var title) && title.GetString() is { } t && !t.Contains("Bad Request") && !t.Contains("Not Found")
        && (!problem.TryGetProperty("detail", out var detail) || detail.GetString() is not { } d || !d.StartsWith("Failed to", StringComparison.Ordinal));
}
