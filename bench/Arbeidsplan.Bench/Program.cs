using System.Diagnostics;
using Arbeidsplan.Domain.Planning;

namespace Arbeidsplan.Bench;

/// <summary>Speed targets of the plan, measured in one run and printed as ratios to the target (below 1.0 meets it). Run: dotnet run -c Release --project bench/Arbeidsplan.Bench</summary>
internal static class Bench
{
    public static async Task Main()
    {
        var results = new List<(string Name, double Measured, double Target, string Unit, bool HigherIsBetter)>();

        results.Add(("Tidsforståelse: fraser per sekund", TimingThroughput(), 10_000, "fraser/s", true));

        await using (var app = new BenchApp())
        {
            var client = await app.SignedInClientAsync();
            var planId = await app.ImportPlanAsync(client, measures: 300);
            results.Add(("Planside med 300 tiltak (median)", await MedianMsAsync(client, $"/plan/{planId}"), 100, "ms", false));
            results.Add(("Tiltaksliste, filtrert på forfalt (median)", await MedianMsAsync(client, $"/plan/{planId}/tiltak?forfalt=true"), 100, "ms", false));
            results.Add(("Plansjekk med 300 tiltak (median)", await MedianMsAsync(client, $"/api/plans/{planId}/check"), 100, "ms", false));
        }

        Console.WriteLine($"{"Mål",-45} {"Målt",12} {"Krav",10}  Forhold");
        foreach (var r in results)
        {
            var ratio = r.HigherIsBetter ? r.Target / r.Measured : r.Measured / r.Target;
            Console.WriteLine($"{r.Name,-45} {r.Measured,9:0.0} {r.Unit,-6} {r.Target,7} {r.Unit,-6} {ratio,6:0.00} {(ratio <= 1 ? "OK" : "FOR TREGT")}");
        }
    }

    private static double TimingThroughput() {
        string[] phrases =
        [
            "innen 1. juli 2026", "Mars, årlig", "April/mai årlig", "Første halvår 2025", "høsten 2024", "2024 og 2026", "Årlig", "Hele perioden",
            "Kontinuerlig", "Månedlig", "Halvårlig", "Kvartalsvis", "hver tirsdag", "annenhver uke", "fire ganger i året", "minst to ganger i året",
            "Første FS-møte etter årsmøtet", "Etter årsmøteperioden", "to uker før møtet", "før årsskiftet", "13.-14. januar", "31.7.-3.8", "snarest",
        ];
        var period = PlanPeriod.Years(2025, 2028);
        for (var i = 0; i < 2_000; i++)
        {
            TimingParser.Parse(phrases[i % phrases.Length], period);
        }
        const int count = 50_000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            TimingParser.Parse(phrases[i % phrases.Length], period);
        }
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> MedianMsAsync(HttpClient client, string path)
    {
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        for (var i = 0; i < 41; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
