using System.Net;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Access;

namespace Arbeidsplan.Tests.Features.Access;

/// <summary>
/// The security walk: every route the app maps, called by every kind of user with the rows of a county they have no position in.
/// Nothing of those rows may show, nothing may change, and the answers are the ones the rules promise: 404 for a row named in
/// the address, 400 for an organisation chosen in the query or body, 403 for administrators' routes.
/// </summary>
public sealed class EndpointSecurityTests(WalkWorld app) : IClassFixture<WalkWorld>
{
    // The only routes a person who is not signed in may reach.
    private static readonly HashSet<string> Public =
    [
        "/logg-inn", "/forste-oppstart", "/invitasjon/{Token}", "/ingen-tilgang", "/ikke-funnet", "/feil",
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json", "/api/auth/login", "/kalender/{token}.ics",
        "/logg-inn/kode", "/glemt-passord", "/nytt-passord", "/kalender/{**rest}", "/api/auth/refresh", "/api/auth/forgot-password", "/api/auth/reset-password",
        // A reminder's signed links, for people who may have no user: the token is the proof (ReminderLinkTests).
        "/varsler/lenke", "/varsler/avmelding", "/api/reminders/link", "/api/reminders/unsubscribe",
        // A notice's signed answer link, for members without a user: the token is the proof (NoticeTests).
        "/moter/svar", "/api/meetings/answer",
    ];

    public enum Role
    {
        NoPositions,
        BranchLeader,
        RegionContact,
        BoardMember,
        CountyLeader,
        OtherCountyLeader,
    }

    private IReadOnlyList<WalkRoute> Routes()
    {
        _ = app.Server;
        return RouteCatalog.Read(app.Services);
    }

    [Fact]
    public void EveryEndpoint_IsPublicByListOrDeclaresItsScope()
    {
        var routes = Routes();
        Assert.True(routes.Count > 100, $"Only {routes.Count} routes found");
        foreach (var route in routes)
        {
            if (route.IsAnonymous)
            {
                Assert.True(Public.Contains(route.Pattern), $"{route} allows anonymous access but is not on the public list");
                continue;
            }
            Assert.False(Public.Contains(route.Pattern), $"{route} is on the public list but requires sign-in");
            Assert.True(route.Rule is not null, $"{route} does not declare a [Scope] rule");
        }
    }

    [Fact]
    public async Task EveryProtectedEndpoint_WithoutSignIn_IsTurnedAway()
    {
        var client = app.AnonymousClient();
        var requests = new WalkRequests(app, app.Home);
        foreach (var route in Routes().Where(r => !r.IsAnonymous))
        {
            var response = await client.SendAsync(await requests.BuildAsync(route));
            if (route.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route} answered {response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else if (route.Method == "GET")
            {
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{route} answered {response.StatusCode}");
                Assert.StartsWith("/logg-inn", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
            }
            else
            {
                Assert.True((int)response.StatusCode is 400 or 302, $"{route} answered {response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData(Role.NoPositions)]
    [InlineData(Role.BranchLeader)]
    [InlineData(Role.RegionContact)]
    [InlineData(Role.BoardMember)]
    [InlineData(Role.CountyLeader)]
    [InlineData(Role.OtherCountyLeader)]
    public async Task Role_WithRowsOfAnotherCounty_IsAnsweredAsPromised_SeesNothingAndChangesNothing(Role role)
    {
        var (user, hidden, hiddenCounty) = role switch
        {
            Role.NoPositions => (app.World.NoPositionUser, app.Other, "Annetfylke parti"),
            Role.BranchLeader => (app.World.BranchLeaderUser, app.Other, "Annetfylke parti"),
            Role.RegionContact => (app.World.RegionContactUser, app.Other, "Annetfylke parti"),
            Role.BoardMember => (app.World.BoardMemberUser, app.Other, "Annetfylke parti"),
            Role.CountyLeader => (app.World.CountyLeaderUser, app.Other, "Annetfylke parti"),
            _ => (app.World.OtherCountyLeaderUser, app.Home, "Testfylke parti"),
        };
        var client = await app.BearerClientAsync(user);
        var requests = new WalkRequests(app, hidden);
        var failures = new List<string>();
        var before = await DatabaseFingerprint.ReadAsync(app);
        foreach (var route in Routes().Where(Walked))
        {
            var response = await client.SendAsync(await requests.BuildAsync(route));
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            // A user's own data (/api/me…) may name the county the user's own record is kept in.
            var markers = route.Pattern.StartsWith("/api/me", StringComparison.Ordinal) ? hidden.Markers : hidden.Markers.Append(hiddenCounty);
            if (markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } marker)
            {
                failures.Add($"{route} showed «{marker}» ({status})");
            }
            if (Expected(route, status, response) is { } problem)
            {
                failures.Add($"{route}: {problem} {body[..Math.Min(body.Length, 300)]}");
            }
            if (route.Changes)
            {
                var after = await DatabaseFingerprint.ReadAsync(app);
                if (DatabaseFingerprint.Difference(before, after) is { Length: > 0 } changed)
                {
                    failures.Add($"{route} changed the database ({status}): {changed}");
                    before = after;
                }
            }
        }
        Assert.True(failures.Count == 0, $"{role}:\n" + string.Join("\n", failures));
    }

    // Page forms post back to their own page with a form token: those posts run the same use cases the API walk calls.
    internal static bool Walked(WalkRoute route) =>
        !route.IsAnonymous && route.Rule is not null && route.Pattern is not ("/logg-ut" or "/api/auth/logout") && !(route.IsPage && route.Method == "POST");

    private static string? Expected(WalkRoute route, int status, HttpResponseMessage response)
    {
        if (status >= 500)
        {
            return $"answered {status}";
        }
        if (route.Rule == ScopeRule.Administrator)
        {
            var denied = status == 403 || !route.IsApi && status == 302 && response.Headers.Location?.ToString().Contains("ingen-tilgang") == true;
            return denied ? null : $"answered {status} to an administrators' route";
        }
        if (route.Rule == ScopeRule.SignedIn)
        {
            return null;
        }
        if (!route.IsApi)
        {
            return route.IsPage && route.Addresses && status != 404 ? $"answered {status} for a row outside scope, not 404" : null;
        }
        var expected = route.Addresses ? 404 : ChoosesOrganisation(route) ? 400 : 200;
        return status == expected ? null : $"answered {status}, not {expected}";
    }

    private static bool ChoosesOrganisation(WalkRoute route) =>
        route.HasBody || route.Query.Any(q => q.Type == typeof(Guid));
}
