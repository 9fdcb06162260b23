using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Arbeidsplan.Tests.Support;
using Xunit.Abstractions;

namespace Arbeidsplan.Tests.Operations;

/// <summary>
/// Two app instances on one PostgreSQL behind nginx, as a national party runs it (issue 20, part 3): a sign-in made on one instance
/// is good on the other, a form from one is accepted by the other (one key ring, in the database), requests through the balancer
/// reach both, and each scheduled job runs once though both instances' runners tick every second.
/// </summary>
[Collection(SeparateProcesses.Name)]
public sealed partial class TwoInstancesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoInstances_BehindNginx_ShareSignInsAndForms_AndRunEachJobOnce()
    {
        using var database = new TestDatabase(Provider.Postgres);
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Arbeidsplan"] = database.ConnectionString,
            ["Security:KnownProxies"] = "127.0.0.1",
            ["Jobs:TickSeconds"] = "1",
            // The reminders are due from midnight, so the job is due whenever the test runs.
            ["Reminders:SendHour"] = "0",
        };
        // The test world is made first, in this process on the same database; then both instances start at once, so their runners
        // meet the same due jobs in the same second.
        string leader;
        using (var maker = new AppFactory(database))
        {
            leader = (await maker.Register().WorldAsync()).CountyLeaderUser;
        }
        using var a = new AppInstance("A", settings);
        using var b = new AppInstance("B", settings);
        try
        {
            await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), b.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)));
            using var nginx = new LoadBalancer([a.Port, b.Port]);

            await SignInOnOne_IsGoodOnTheOther(a, b, leader);
            await FormFromOne_IsAcceptedByTheOther(a, b, leader);
            await ThroughTheBalancer_BothAnswer_AndTheSignInHolds(nginx, leader);
            await EachJob_RunsOnce(a, b);
        }
        catch
        {
            output.WriteLine($"--- A ---\n{a.Log}\n--- B ---\n{b.Log}");
            throw;
        }
    }

    private static HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private static async Task SignInOnOne_IsGoodOnTheOther(AppInstance a, AppInstance b, string leader)
    {
        // Cookies are kept by host, not port: what A sets, the client sends to B, as a browser does behind one address.
        using var client = Client(new CookieContainer());
        var signIn = await client.PostAsJsonAsync(new Uri(a.Address, "/api/auth/login?useCookies=true"), new { email = leader, password = AppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var me = await client.GetAsync(new Uri(b.Address, "/api/me"));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains(leader, await me.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task FormFromOne_IsAcceptedByTheOther(AppInstance a, AppInstance b, string leader)
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        var page = await client.GetStringAsync(new Uri(a.Address, "/logg-inn"));
        var fields = HiddenInput().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.Contains("__RequestVerificationToken", fields.Keys);
        fields["Input.Email"] = leader;
        fields["Input.Password"] = AppFactory.Password;

        var posted = await client.PostAsync(new Uri(b.Address, "/logg-inn"), new FormUrlEncodedContent(fields));

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(a.Address, "/api/me"))).StatusCode);
    }

    private static async Task ThroughTheBalancer_BothAnswer_AndTheSignInHolds(LoadBalancer nginx, string leader)
    {
        using var client = Client(new CookieContainer());
        var signIn = await client.PostAsJsonAsync(new Uri(nginx.Address, "/api/auth/login?useCookies=true"), new { email = leader, password = AppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var upstreams = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var me = await client.GetAsync(new Uri(nginx.Address, "/api/me"));
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            upstreams.Add(Assert.Single(me.Headers.GetValues("X-Upstream")));
        }
        Assert.Equal(2, upstreams.Count);
    }

    private static async Task EachJob_RunsOnce(AppInstance a, AppInstance b)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && !Ran(a, b).Contains("reminders"))
        {
            await Task.Delay(500);
        }
        // A few more ticks of both runners: a job run twice would show by now.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var ran = Ran(a, b);
        Assert.Contains("reminders", ran);
        Assert.All(ran.GroupBy(j => j), job => Assert.True(job.Count() == 1, $"{job.Key} ran {job.Count()} times"));
    }

    /// <summary>The jobs the two instances' logs say they ran (JobRunner logs one line per run).</summary>
    private static List<string> Ran(AppInstance a, AppInstance b) =>
        JobRan().Matches(a.Log + b.Log).Select(m => m.Groups["job"].Value).ToList();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"|<input[^>]*name="(?<name>[^"]+)"[^>]*type="hidden"[^>]*value="(?<value>[^"]*)""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex(@"Job (?<job>[a-z-]+) ran for")]
    private static partial Regex JobRan();
}
