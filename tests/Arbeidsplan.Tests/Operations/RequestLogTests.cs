using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Arbeidsplan.Tests.Operations;

/// <summary>One log line per request with the user's id and a correlation id the answer carries (issue 20, part 5).</summary>
public sealed class RequestLogTests : IAsyncLifetime
{
    private sealed class LoggedApp : AppFactory
    {
        public ConcurrentQueue<(string Category, IReadOnlyDictionary<string, object?> State)> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Arbeidsplan.Requests", "Information");
            builder.ConfigureLogging(l => l.AddProvider(new Capture(Lines)));
        }
    }

    private sealed class Capture(ConcurrentQueue<(string, IReadOnlyDictionary<string, object?>)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, IReadOnlyDictionary<string, object?>)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category == "Arbeidsplan.Requests" && state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    lines.Enqueue((category, values.ToDictionary(v => v.Key, v => v.Value)));
                }
            }
        }
    }

    private readonly LoggedApp app = new();
    private World W = default!;

    public async Task InitializeAsync() => W = await app.Register().WorldAsync();

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private IReadOnlyDictionary<string, object?> LineFor(string correlationId) =>
        Assert.Single(app.Lines, l => Equals(l.State["CorrelationId"], correlationId)).State;

    [Fact]
    public async Task RequestLog_SignedInRequest_NamesTheUserAndTheCorrelationIdTheAnswerCarries()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var response = await client.GetAsync("/api/me");
        var id = Assert.Single(response.Headers.GetValues(RequestLog.Header));
        var userId = await app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == W.CountyLeaderUser)).Id);

        var line = LineFor(id);
        Assert.Equal((userId, "GET", "/api/me", 200), ((string?)line["UserId"], (string?)line["Method"], (string?)line["Route"], (int?)line["StatusCode"]));
    }

    [Fact]
    public async Task RequestLog_CallerSendsACorrelationId_KeepsIt_ButNotOneThatIsNotAPlainToken()
    {
        var client = app.AnonymousClient();
        using var given = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { RequestLog.Header, "proxy-7f3a.1" } } };
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { RequestLog.Header, "x\" injected=1" } } };

        Assert.Equal("proxy-7f3a.1", Assert.Single((await client.SendAsync(given)).Headers.GetValues(RequestLog.Header)));
        Assert.Equal("-", LineFor("proxy-7f3a.1")["UserId"]);
        Assert.NotEqual("x\" injected=1", Assert.Single((await client.SendAsync(forged)).Headers.GetValues(RequestLog.Header)));
    }

    [Fact]
    public async Task RequestLog_CalendarFeed_LogsTheRouteNotTheSecretLink()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var feed = await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Person" })).Content.ReadFromJsonAsync<JsonElement>();
        var path = new Uri(feed.GetProperty("url").GetString()!).AbsolutePath;

        var response = await app.AnonymousClient().GetAsync(path);
        var line = LineFor(Assert.Single(response.Headers.GetValues(RequestLog.Header)));

        Assert.Equal(200, line["StatusCode"]);
        Assert.DoesNotContain(path.Split('/').Last().Replace(".ics", "", StringComparison.Ordinal), (string)line["Route"]!, StringComparison.Ordinal);
        Assert.StartsWith("/kalender/", (string)line["Route"]!, StringComparison.Ordinal);
    }
}
