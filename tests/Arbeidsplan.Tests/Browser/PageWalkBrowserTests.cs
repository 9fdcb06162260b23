using System.Net;
using Arbeidsplan.Tests.Features.Access;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Arbeidsplan.Tests.Browser;

/// <summary>
/// Every page a signed-in user can open, on the security walk's seeded rows, as a county leader, a region contact and a local leader,
/// and the administrators' own pages as an administrator: none wider than the screen at 390 and 1280 px, and axe (WCAG 2.1 A/AA) once
/// per page as the county leader, who sees most, and on the administrators' pages as the administrator.
/// The home page of each role is kept as a screenshot in the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageWalkBrowserTests(BrowserApp browser, ITestOutputHelper output)
{
    private static readonly int[] Widths = [1280, 390];

    [Fact]
    public async Task EveryPage_FitsTheScreen_ForEachRole_AndPassesAxe()
    {
        await using var world = new WalkWorld();
        var baseUrl = StartServer(world);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await world.InitializeAsync();
        output.WriteLine($"seeded {clock.Elapsed}");
        var pages = await PagesAsync(world);
        Assert.Contains(pages, p => p.Path.StartsWith("/brukere", StringComparison.Ordinal) && p.AdminOnly);

        var failures = new List<string>();
        var axeTime = new System.Diagnostics.Stopwatch();
        var roles = new[] { ("fylkesleder", world.World.CountyLeaderUser), ("regionkontakt", world.World.RegionContactUser), ("lokalleder", world.World.BranchLeaderUser) };
        foreach (var (role, email) in roles)
        {
            await WalkAsync(world, baseUrl, (role, email), [.. pages.Where(p => !p.AdminOnly).Select(p => p.Path)], failures, axeTime);
            output.WriteLine($"{role} {clock.Elapsed} axe {axeTime.Elapsed}");
        }
        await WalkAsync(world, baseUrl, (Administrator, world.World.Admin), [.. pages.Where(p => p.AdminOnly).Select(p => p.Path)], failures, axeTime);
        output.WriteLine($"{Administrator} {clock.Elapsed} axe {axeTime.Elapsed}");
        Assert.True(failures.Count == 0, $"{failures.Count} problems on {pages.Count} pages:\n{string.Join("\n", failures)}");
    }

    /// <summary>Starts the app on a free port of its own, for the browser; returns its address.</summary>
    private static string StartServer(WalkWorld world)
    {
        world.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        world.StartServer();
        var baseUrl = world.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        world.ClientBase = new Uri(baseUrl);
        return baseUrl;
    }

    private const string Administrator = "administrator";

    /// <summary>The address of every page the walk opens, on the seeded rows, in the order of the routes, and whether only administrators open it.</summary>
    private static async Task<List<(string Path, bool AdminOnly)>> PagesAsync(WalkWorld world)
    {
        var requests = new WalkRequests(world, world.Home);
        var pages = new List<(string, bool)>();
        foreach (var route in RouteCatalog.Read(world.Services)
            .Where(r => r.IsPage && r.Method == "GET" && EndpointSecurityTests.Walked(r) && r.Pattern != "/bytt-organisasjon")
            .OrderBy(r => r.Pattern, StringComparer.Ordinal))
        {
            pages.Add(((await requests.BuildAsync(route)).RequestUri!.ToString(), route.Rule == ScopeRule.Administrator));
        }
        return pages;
    }

    /// <summary>Every page as one role, signed in on a page of its own: the problems found are added to <paramref name="failures"/>.</summary>
    private async Task WalkAsync(WalkWorld world, string baseUrl, (string Role, string Email) who, List<string> pages, List<string> failures,
        System.Diagnostics.Stopwatch axeTime)
    {
        var role = who.Role;
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await BrowserSteps.SignInAsync(page, baseUrl, who.Email, AppFactory.Password, world);
        await ScreenshotHomeAsync(page, baseUrl, role);
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(baseUrl + path);
            if (response is null || response.Status >= 400)
            {
                // Outside the role's scope (404) or not for the role: nothing to measure.
                continue;
            }
            await CheckWidthsAsync(page, role, path, failures);
            await CheckWordsAsync(page, role, path, failures);
            // On the phone, where tables scroll and the menu folds: what a desktop hides, the phone shows.
            if (role is "fylkesleder" or Administrator)
            {
                await CheckAxeAsync(page, role, path, failures, axeTime);
            }
            await page.SetViewportSizeAsync(1280, 900);
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The page at each width, a failure where it is wider than the screen; left at the last (the phone's) width.</summary>
    private static async Task CheckWidthsAsync(IPage page, string role, string path, List<string> failures)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var wide = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (wide > width)
            {
                failures.Add($"{role} {path}: {wide}px wide at {width}px ({await WidestAsync(page, width)})");
            }
        }
    }

    /// <summary>
    /// Words that run together where two elements meet without a space (Razor drops the whitespace between them): a year or a closing
    /// bracket straight before a capital («1. desember 2026Frist», «(demo)Demo»), a word straight before a capitalised one («FebruarForstått»).
    /// </summary>
    private static async Task CheckWordsAsync(IPage page, string role, string path, List<string> failures)
    {
        var text = await page.EvaluateAsync<string>("document.body.innerText");
        foreach (var m in RunTogether().Matches(text).Select(m => m.Value).Where(m => !Names.Any(n => n.Contains(m, StringComparison.Ordinal))))
        {
            failures.Add($"{role} {path}: words run together: «{m}»");
        }
    }

    /// <summary>Names written in one word on purpose: file formats the upload fields name, and a setting the outbox names.</summary>
    private static readonly string[] Names = ["PowerPoint", "OpenDocument", "SmtpHost"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}[A-ZÆØÅ][a-zæøå]+|\)[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅa-zæøå][a-zæøå]{2,}[A-ZÆØÅ][a-zæøå]{3,}")]
    private static partial System.Text.RegularExpressions.Regex RunTogether();

    private static async Task CheckAxeAsync(IPage page, string role, string path, List<string> failures, System.Diagnostics.Stopwatch axeTime)
    {
        axeTime.Start();
        try
        {
            await BrowserSteps.CheckAccessibleAsync(page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            failures.Add($"{role} {path}: {e.Message}");
        }
        finally
        {
            axeTime.Stop();
        }
    }

    private async Task ScreenshotHomeAsync(IPage page, string baseUrl, string role)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.GotoAsync(baseUrl + "/");
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var file = Path.Combine(folder, $"min-side-{role}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            output.WriteLine($"Min side som {role} ved {width} px: {file}");
        }
        await page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>The element that sticks out furthest, to say where to look (what scrolls inside a scroll region is its own business).</summary>
    private static Task<string> WidestAsync(IPage page, int width) => page.EvaluateAsync<string>(
        """
        (width) => {
          let worst = null, right = width;
          for (const e of document.querySelectorAll('body *')) {
            if (e.parentElement.closest('.scroll-region')) continue;
            const r = e.getBoundingClientRect().right;
            if (r > right) { right = r; worst = e; }
          }
          const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''}`;
          const path = [];
          for (let e = worst; e && e !== document.body && path.length < 4; e = e.parentElement) path.unshift(name(e));
          return worst ? `${path.join(' > ')} to ${Math.round(right)}px` : 'no element';
        }
        """, width);
}
