using System.Net;
using Arbeidsplan.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Arbeidsplan.Tests.Browser;

/// <summary>One app and one browser for all browser tests: they run one after the other and share the cost of starting.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}

/// <summary>The app on a real loopback port with the test world, and headless Chromium from the system.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private IPlaywright? playwright;

    public World World { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public AppFactory App => app;

    public async Task InitializeAsync()
    {
        app.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        app.ClientBase = new Uri(BaseUrl);
        World = await app.Register().WorldAsync();
        var chromium = Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}; scripts/test.sh installs it.");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A page in a fresh browser context (its own cookies), watched for Content-Security-Policy refusals.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        // The test script runs the other test classes beside these on two cores (some load the whole demo): a page may wait its turn.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(60_000);
        return BrowserSteps.Watch(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
