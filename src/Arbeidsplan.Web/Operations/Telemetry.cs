using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Arbeidsplan.Web.Operations;

/// <summary>
/// Traces and metrics by OpenTelemetry, exported by OTLP (HTTP/protobuf) to the collector that OpenTelemetry:Endpoint names; with
/// no endpoint nothing is collected. Traces: requests, outgoing HTTP, PostgreSQL commands (Npgsql's own source) and scheduled
/// jobs; metrics: ASP.NET Core's and Kestrel's, the runtime's, Npgsql's and the jobs'.
/// </summary>
public static class Telemetry
{
    public const string SourceName = "Arbeidsplan";

    /// <summary>Spans of the app's own work that no instrumentation sees (a scheduled job's run).</summary>
    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    /// <summary>Scheduled jobs run on this instance, by job and outcome.</summary>
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("arbeidsplan.jobs.runs", description: "Kjøringer av planlagte jobber");

    public static void AddArbeidsplanTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["OpenTelemetry:Endpoint"] is not { Length: > 0 } endpoint)
        {
            return;
        }
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OpenTelemetry:ServiceName"] ?? "arbeidsplan", serviceInstanceId: Environment.MachineName + "/" + Environment.ProcessId))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation().AddSource(SourceName, "Npgsql"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddMeter(SourceName, "Npgsql"))
            .UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
    }
}
