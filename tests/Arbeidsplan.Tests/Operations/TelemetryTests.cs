using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Arbeidsplan.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Arbeidsplan.Tests.Operations;

/// <summary>
/// Traces and metrics reach an OTLP collector on loopback when OpenTelemetry:Endpoint names it, and nothing is sent when it does
/// not (issue 20, part 5). The collector here is a listener that keeps what is posted to it; OTLP's protobuf keeps strings as UTF-8,
/// so the route and the service name are found in the bytes.
/// </summary>
public sealed class TelemetryTests
{
    private sealed class Collector : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Task loop;

        public Collector()
        {
            Port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            listener.Start();
            loop = Task.Run(ReceiveAsync);
        }

        public int Port { get; }

        public ConcurrentQueue<(string Path, string Body)> Posts { get; } = new();

        private async Task ReceiveAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                Posts.Enqueue((context.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }

        /// <summary>The managed listener's first connection is slow to be taken; the exporter's flush at shutdown would not wait for it.</summary>
        public async Task WarmUpAsync()
        {
            using var probe = new HttpClient();
            (await probe.PostAsync($"http://127.0.0.1:{Port}/varm", new StringContent("."))).EnsureSuccessStatusCode();
            Posts.Clear();
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }

    private sealed class TracedApp(string? endpoint) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (endpoint is not null)
            {
                builder.UseSetting("OpenTelemetry:Endpoint", endpoint);
                // The SDK's own settings (read from configuration as from the environment): export twice a second, so the test
                // sees what was sent while the app runs instead of relying on the flush at shutdown, which a busy machine cuts short.
                builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500");
                builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "500");
            }
        }
    }

    [Fact]
    public async Task Telemetry_WithAnEndpoint_ExportsRequestSpansAndMetricsByOtlp()
    {
        using var collector = new Collector();
        await collector.WarmUpAsync();
        bool Traced() => collector.Posts.Any(p => p.Path == "/v1/traces" && p.Body.Contains("/logg-inn", StringComparison.Ordinal)
            && p.Body.Contains("arbeidsplan", StringComparison.Ordinal));
        bool Measured() => collector.Posts.Any(p => p.Path == "/v1/metrics" && p.Body.Contains("http.server.request.duration", StringComparison.Ordinal));
        using (var app = new TracedApp($"http://127.0.0.1:{collector.Port}"))
        {
            var client = app.AnonymousClient();
            await client.GetAsync("/logg-inn");
            for (var waited = 0; waited < 30 && !(Traced() && Measured()); waited++)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(Traced(), string.Join(", ", collector.Posts.Select(p => p.Path)));
        Assert.True(Measured(), string.Join(", ", collector.Posts.Select(p => p.Path)));
    }

    [Fact]
    public async Task Telemetry_WithoutAnEndpoint_SendsNothing()
    {
        using var collector = new Collector();
        await collector.WarmUpAsync();
        using (var app = new TracedApp(null))
        {
            await app.AnonymousClient().GetAsync("/logg-inn");
        }

        Assert.Empty(collector.Posts);
    }
}
