using System.Net;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Operations;

/// <summary>
/// The app answers while the database is prepared and the demo loads (issue 20, part 4): a page that says so, 503 with Retry-After,
/// problem details for the API, /health/live up and /health/ready not yet; then everything as usual. SQLite only: it is the same on
/// either database, and the demo takes its time.
/// </summary>
[Collection(SeparateProcesses.Name)]
public sealed class StartupTests
{
    private sealed class DemoInBackground : AppFactory
    {
        public DemoInBackground() : base(Provider.Sqlite)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Startup:PrepareBeforeListening", "false");
            builder.UseSetting("Demo:Load", "true");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task StartupGate_WhileTheDemoLoads_SaysSoAndLetsHealthChecksThrough()
    {
        using var app = new DemoInBackground();
        // The database held by another connection keeps the preparation at its first step for as long as the test needs: a warm
        // process loads the demo in a second or two, too soon to be caught otherwise.
        using var holder = new SqliteConnection(app.Database.ConnectionString);
        holder.Open();
        Execute(holder, "BEGIN EXCLUSIVE");
        var client = app.AnonymousClient();
        // The test database comes migrated, so the preparation goes on to the demo, whose first write waits for the holder.
        var preparation = app.Services.GetRequiredService<StartupPreparation>();
        for (var i = 0; i < 300 && preparation.Current != StartupPreparation.Stage.LoadingDemo; i++)
        {
            await Task.Delay(100);
        }

        var page = await client.GetAsync("/");
        var api = await client.GetAsync("/api/me");
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(page.StatusCode == HttpStatusCode.ServiceUnavailable,
            $"{page.StatusCode} {page.Headers.Location} ({app.Services.GetRequiredService<StartupPreparation>().Current}): {html}");
        Assert.Contains("Demoen lastes", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Equal("2", page.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        Execute(holder, "COMMIT");
        await app.Services.GetRequiredService<StartupPreparation>().Ready.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var signIn = await client.GetAsync("/logg-inn");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Demobrukere", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
