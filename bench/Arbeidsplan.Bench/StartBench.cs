using System.Diagnostics;
using System.Net;
using Arbeidsplan.Tests.Operations;

namespace Arbeidsplan.Bench;

/// <summary>
/// The first start (issue 20, part 4): the built app started as a process of its own on a new SQLite file, without and with
/// <c>--demo</c>, timed from starting the process to its first answer («Arbeidsplan starter …» or «Demoen lastes …» count), to the
/// sign-in page itself, and to /health/ready (migrated, the demo loaded). Targets: with the demo a first page within 10 s; without
/// it the sign-in page within 3 s.
/// </summary>
internal static class StartBench
{
    public static async Task RunAsync(int rounds)
    {
        Console.WriteLine($"{"Første oppstart (fra prosessen startes, median av " + rounds + ")",-44} {"Første svar",12} {"Innlogging",11} {"Klar",8}  Mål");
        foreach (var demo in new[] { false, true })
        {
            var runs = new List<(double First, double Page, double Ready)>();
            for (var i = 0; i < rounds; i++)
            {
                runs.Add(await TimeAsync(demo));
            }
            var (first, page, ready) = (Median(runs.Select(r => r.First)), Median(runs.Select(r => r.Page)), Median(runs.Select(r => r.Ready)));
            var (judged, target) = demo ? (first, 10.0) : (page, 3.0);
            Console.WriteLine($"{(demo ? "Med --demo" : "Uten demo"),-44} {first,10:0.0} s {page,9:0.0} s {ready,6:0.0} s  " +
                $"{(demo ? "første side" : "innloggingssiden")} ≤ {target:0} s: {(judged <= target ? "OK" : "FOR TREGT")}");
        }
    }

    private static async Task<(double First, double Page, double Ready)> TimeAsync(bool demo)
    {
        var folder = Directory.CreateTempSubdirectory("arbeidsplan-start").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            using var app = new AppInstance("start", MemoryBench.Settings(Path.Combine(folder, "start.db")), demo ? ["--demo"] : []);
            using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
            double? first = null, page = null;
            while (watch.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (app.HasExited)
                {
                    throw new InvalidOperationException($"The app stopped while starting:\n{app.Log}");
                }
                try
                {
                    using var response = await http.GetAsync(page is null ? "/logg-inn" : "/health/ready");
                    first ??= watch.Elapsed.TotalSeconds;
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        if (page is not null)
                        {
                            return (first.Value, page.Value, watch.Elapsed.TotalSeconds);
                        }
                        page = watch.Elapsed.TotalSeconds;
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }
                await Task.Delay(25);
            }
            throw new TimeoutException($"The app was not ready within three minutes:\n{app.Log}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
