using System.Net;
using System.Net.Http.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Features.Access;

/// <summary>Walks every endpoint and page the app maps and checks that each needs sign-in and declares how it limits scope.</summary>
public sealed class EndpointSecurityTests(WorldApp app) : IClassFixture<WorldApp>
{
    // The only routes a person who is not signed in may reach.
    private static readonly HashSet<string> Public =
    [
        "/logg-inn", "/forste-oppstart", "/invitasjon/{Token}", "/ingen-tilgang", "/ikke-funnet", "/feil",
        "/health", "/openapi/{documentName}.json", "/api/auth/login", "/kalender/{token}.ics",
    ];

    private World world => app.World;

    private IReadOnlyList<(RouteEndpoint Endpoint, string Method)> Endpoints()
    {
        _ = app.Server;
        var sources = app.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (e, m)))
            .ToList();
    }

    private static bool IsStaticAsset(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || e.RoutePattern.RawText?.Contains("_framework") == true
        || e.RoutePattern.RawText?.Contains(":file}") == true;

    [Fact]
    public void EveryEndpoint_IsPublicByListOrDeclaresItsScope()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} endpoints found");
        foreach (var (endpoint, method) in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.True(Public.Contains(route), $"{method} {route} allows anonymous access but is not on the public list");
                continue;
            }
            Assert.False(Public.Contains(route), $"{method} {route} is on the public list but requires sign-in");
            Assert.True(endpoint.Metadata.GetMetadata<ScopeAttribute>() is not null, $"{method} {route} does not declare a [Scope] rule");
        }
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WithoutSignIn_IsTurnedAway()
    {
        var client = app.AnonymousClient();
        foreach (var (endpoint, method) in Endpoints().Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = Fill(endpoint.RoutePattern.RawText!);
            var response = await client.SendAsync(Request(method, path));
            if (path.StartsWith("/api"))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{method} {path} answered {response.StatusCode}");
                Assert.StartsWith("/logg-inn", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
            }
        }
    }

    [Fact]
    public async Task EveryScopedEndpoint_ForUserWithoutPositions_RevealsAndChangesNothing()
    {
        var client = await app.SignedInClientAsync(world.NoPositionUser);
        foreach (var (endpoint, method) in Endpoints())
        {
            var rule = endpoint.Metadata.GetMetadata<ScopeAttribute>()?.Rule;
            if (rule is not (ScopeRule.Organisation or ScopeRule.Administrator) || endpoint.RoutePattern.RawText == "/logg-ut")
            {
                continue;
            }
            var path = Fill(endpoint.RoutePattern.RawText!);
            var response = await client.SendAsync(Request(method, path));
            var status = (int)response.StatusCode;
            Assert.True(status is 400 or 403 or 404 or 415 || IsAccessDeniedRedirect(response) || IsEmptyList(method, response, path),
                $"{method} {path} answered {response.StatusCode} to a user without positions");
        }
    }

    private static bool IsAccessDeniedRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("ingen-tilgang") == true;

    // Pages for creating things (e.g. /personer/ny) show an empty form; the API lists filtered to nothing.
    private static bool IsEmptyList(string method, HttpResponseMessage response, string path) =>
        method == "GET" && response.IsSuccessStatusCode && (path.EndsWith("/ny") || path.EndsWith("/importer") || path.StartsWith("/api/") && response.Content.ReadAsStringAsync().Result is "[]");

    private HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new
            {
                organisationId = world.County, parentId = world.County, personId = world.CountyLeader, positionTypeId = world.Leader,
                regionId = world.North, name = "Innbrudd", kind = "Local", version = 1, from = "2026-03-01",
                number = "9999", place = "Et sted",
            });
        }
        return request;
    }

    // Route values point at real rows in the county the user has no position in.
    private string Fill(string pattern)
    {
        var path = "/" + pattern.TrimStart('/');
        var id = path switch
        {
            _ when path.StartsWith("/api/regions") || path.StartsWith("/regioner") => world.North,
            _ when path.StartsWith("/api/bodies") || path.StartsWith("/organer") => world.Board,
            _ when path.StartsWith("/api/persons") || path.StartsWith("/personer") => world.CountyLeader,
            _ when path.StartsWith("/api/position-types") || path.StartsWith("/vervtyper") => world.Leader,
            _ => world.County,
        };
        path = System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]*\\}", m =>
            m.Value.Contains("documentName") ? "v1" : m.Value.Contains("Token") ? "x" : id.ToString());
        if (path.StartsWith("/api/regions") && !path.Contains(world.North.ToString()) || path.StartsWith("/api/bodies") && !path.Contains(world.Board.ToString()))
        {
            path += $"?organisationId={world.County}";
        }
        if (path.StartsWith("/bytt-organisasjon"))
        {
            path += $"?id={world.County}";
        }
        if (path.StartsWith("/api/positions/") && !path.Contains('?'))
        {
            path += "?version=1";
        }
        return path;
    }
}
