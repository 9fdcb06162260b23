using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Access;

namespace Arbeidsplan.Tests.Features.Access;

/// <summary>
/// The other half of the security walk: the very requests the walk sends are accepted from someone allowed to send them. So the
/// walk's refusals come from the scope checks, not from a bad request, and removing a check makes the walk fail.
/// </summary>
public sealed class SecurityWalkReachTests(WalkWorld app) : IClassFixture<WalkWorld>
{
    // Requests that cannot succeed for a reason that is not scope, each with that reason.
    private static readonly Dictionary<string, string> NotExpectedToSucceed = new()
    {
        ["PUT /api/municipalities/{id:guid}"] = "the walk names no municipality; municipalities are reference data for administrators",
        ["POST /api/plans/{id:guid}/adopt"] = "a draft is proposed before it is adopted; the lifecycle tests cover the order",
        ["POST /api/plans/{id:guid}/revise"] = "only an adopted plan is revised; the lifecycle tests cover the order",
        ["POST /api/plans/{id:guid}/roll-over"] = "only an adopted plan is rolled over; the lifecycle tests cover it",
        ["POST /api/branches/{id:guid}/member-lists/marks"] = "the lists are for the branch's own leader and member officer, never an administrator",
        ["GET /api/branches/{id:guid}/member-lists"] = "the lists are for the branch's own leader and member officer, never an administrator",
        ["GET /api/branches/{id:guid}/member-lists.xlsx"] = "the lists are for the branch's own leader and member officer, never an administrator",
        ["GET /lokallag/{Id:guid}/medlemmer"] = "the lists are for the branch's own leader and member officer, not the county",
        ["DELETE /api/plans/{id:guid}"] = "the walk proposes the plan before it deletes it, and only drafts are deleted",
        ["DELETE /api/calendar/feeds/{id:guid}"] = "a feed is ended by its owner; the feed tests cover it",
        ["POST /api/account/password"] = "the walk sends a wrong current password; the account tests change it",
        ["POST /api/account/two-factor"] = "the walk sends a wrong code; the account tests turn it on",
        ["DELETE /api/account/two-factor"] = "administrators must keep two-factor sign-in",
        ["POST /api/demo/remove"] = "the walk's world has no demo; the demo tests remove one",
        ["GET /api/me/personal-data"] = "the walk's administrator is no person in the register",
        ["GET /api/notifications"] = "the walk's administrator is no person in the register, so has no notifications",
        ["POST /api/notifications/{id:guid}/read"] = "a notification is its owner's alone; the notification tests mark one read",
        ["GET /api/reminders/preferences"] = "the walk's administrator is no person in the register",
        ["PUT /api/reminders/preferences"] = "the walk sends a number of days out of range; the reminder tests set choices",
        ["GET /api/persons/{id:guid}/personal-data"] = "only the person and administrators read a person's data; the privacy tests cover them",
        ["GET /personer/{Id:guid}/personopplysninger"] = "only the person and administrators read a person's data; the privacy tests cover them",
    };

    /// <summary>
    /// Reads first, then changes, then the minutes' approval and the annual report's adoption (which lock them) and their correction and reopening, deletions (a case's documents before the case), and last what ends
    /// a row (a cancelled meeting takes no more changes), so nothing the walk names is gone or locked before it is used.
    /// </summary>
    private static int Step(WalkRoute r) => r.Pattern switch
    {
        _ when r.Pattern.EndsWith("/erase", StringComparison.Ordinal) => 7,
        _ when r.Pattern.EndsWith("/cancel", StringComparison.Ordinal) => 6,
        // A case's document goes before the case, whose deletion takes its documents with it.
        _ when r.Method == "DELETE" && r.Pattern.Contains("/attachments/", StringComparison.Ordinal) => 4,
        _ when r.Pattern.EndsWith("/minutes/approve", StringComparison.Ordinal) || r.Pattern.EndsWith("/reports/annual/adopt", StringComparison.Ordinal) => 2,
        _ when r.Pattern.EndsWith("/minutes/corrections", StringComparison.Ordinal) || r.Pattern.EndsWith("/reports/annual/reopen", StringComparison.Ordinal) => 3,
        _ => r.Method switch { "GET" => 0, "DELETE" => 5, _ => 1 },
    };

    [Fact]
    public async Task Administrator_EveryRequestOfTheWalk_IsAccepted()
    {
        var client = await app.BearerClientAsync(app.World.Admin);
        var requests = new WalkRequests(app, app.Home);
        var failures = new List<string>();
        var routes = RouteCatalog.Read(app.Services).Where(EndpointSecurityTests.Walked).Where(r => r.IsApi)
            .OrderBy(Step).ToList();
        foreach (var route in routes)
        {
            var response = await client.SendAsync(await requests.BuildAsync(route));
            var accepted = response.IsSuccessStatusCode || NotExpectedToSucceed.ContainsKey(route.ToString());
            if (!accepted)
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{route}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task CountyLeader_EveryPageAndReadOfHerOwnRows_Answers()
    {
        var client = await app.BearerClientAsync(app.World.CountyLeaderUser);
        var requests = new WalkRequests(app, app.Home);
        var failures = new List<string>();
        foreach (var route in RouteCatalog.Read(app.Services).Where(EndpointSecurityTests.Walked).Where(r => r.Method == "GET" && r.Rule != ScopeRule.Administrator))
        {
            var response = await client.SendAsync(await requests.BuildAsync(route));
            var redirect = (int)response.StatusCode is 301 or 302 && route.Pattern == "/bytt-organisasjon";
            if (!response.IsSuccessStatusCode && !redirect && !NotExpectedToSucceed.ContainsKey(route.ToString()))
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{route}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
