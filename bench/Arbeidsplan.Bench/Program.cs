using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Documents;
using Hostile = (string Name, int Status, double Seconds, double Megabytes);
using Result = (string Name, double Measured, double Target, string Unit, bool HigherIsBetter);

namespace Arbeidsplan.Bench;

/// <summary>Speed targets of the plan and the date plan, measured in one run and printed as ratios to the target (below 1.0 meets it). Run: dotnet run -c Release --project bench/Arbeidsplan.Bench</summary>
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        if (await RanNamedBenchAsync(args))
        {
            return;
        }
        // «tidsfraser» prints the timing reader's shares on the corpus alone (no database, a second).
        TimingCorpusBench.Run();
        if (args is ["tidsfraser", ..])
        {
            return;
        }
        var results = new List<Result>
        {
            ("Tidsforståelse: fraser per sekund", TimingThroughput(), 10_000, "fraser/s", true),
            ("iCalendar for 300 hendelser, uten buffer (median)", IcsWriteMs(), 20, "ms", false),
        };
        var hostile = await MeasureInAppAsync(results);
        PrintHostile(hostile);
        Console.WriteLine();
        PrintResults(results);
    }

    /// <summary>Runs the bench the first argument names, other than the county targets; false when it names none.</summary>
    private static async Task<bool> RanNamedBenchAsync(string[] args)
    {
        // «nasjonal» or «nasjonal10» runs the national harness of issue 5 instead of the county targets.
        if (args is [var mode, ..] && mode.StartsWith("nasjonal", StringComparison.Ordinal))
        {
            var scale = mode == "nasjonal10" ? 10 : 1;
            await NationalBench.RunAsync(scale, args.Length > 1 ? args[1] : $"bench-nasjonal-{scale}x.json");
            return true;
        }
        // «minne» runs the app as its own process on the national world and reads its memory under load and a large import.
        if (args is ["minne", ..])
        {
            await MemoryBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60);
            return true;
        }
        // «start» times the first start of the built app, without and with the demo.
        if (args is ["start", ..])
        {
            await StartBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return true;
        }
        // «sider» times every page and list endpoint as three roles: SQLite, and PostgreSQL too with --postgres; --full takes more samples;
        // --nasjonal or --nasjonal10 adds the national volume (×1, ×10) around the walk's world.
        if (args is ["sider", ..])
        {
            var sql = Array.IndexOf(args, "--sql") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
            var scale = args.Contains("--nasjonal10") ? 10 : args.Contains("--nasjonal") ? 1 : 0;
            await PageBench.RunAsync(args.Contains("--postgres"), args.Contains("--full"), scale == 0 ? "bench-sider.json" : $"bench-sider-{scale}x.json", sql, scale);
            return true;
        }
        return false;
    }

    /// <summary>The plan's and the date plan's pages and feeds timed in the app, added to the results; returns the hostile inputs' figures.</summary>
    private static async Task<IReadOnlyList<Hostile>> MeasureInAppAsync(List<Result> results)
    {
        await using var app = new BenchApp();
        var client = await app.SignedInClientAsync();
        var planId = await BenchApp.ImportPlanAsync(client, measures: 300);
        results.Add(("Planside med 300 tiltak (median)", await MedianMsAsync(client, $"/plan/{planId}"), 100, "ms", false));
        results.Add(("Tiltaksliste, filtrert på forfalt (median)", await MedianMsAsync(client, $"/plan/{planId}/tiltak?forfalt=true"), 100, "ms", false));
        results.Add(("Plansjekk med 300 tiltak (median)", await MedianMsAsync(client, $"/api/plans/{planId}/check"), 100, "ms", false));

        var organisations = await client.GetFromJsonAsync<JsonElement[]>("/api/organisations");
        var hostile = await HostileInputBench.RunAsync(app, organisations![0].GetProperty("id").GetGuid());

        var (org, series) = await BenchApp.ImportDatePlanAsync(client, events: 280, series: 20);
        var year = $"org={org}&ar=2026";
        results.Add(("Datoplan som tabell, 300 hendelser (median)", await MedianMsAsync(client, $"/datoplan?{year}"), 100, "ms", false));
        results.Add(("Datoplan som månedskalender (median)", await MedianMsAsync(client, $"/datoplan/kalender?{year}&mnd=3"), 100, "ms", false));
        results.Add(("Årshjul som SVG (median)", await MedianMsAsync(client, $"/datoplan/arshjul?{year}"), 100, "ms", false));
        var feed = await (await client.PostAsJsonAsync("/api/calendar/feeds", new { scope = "Organisation", organisationId = org })).Content.ReadFromJsonAsync<JsonElement>();
        var feedPath = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
        results.Add(("iCal-feed bygget på nytt etter endring (median)", await FeedRebuildMsAsync(client, feedPath, series), 20, "ms", false));
        results.Add(("iCal-feed fra hurtigbuffer (median)", await MedianMsAsync(client, feedPath), 20, "ms", false));
        return hostile;
    }

    private static void PrintHostile(IReadOnlyList<Hostile> hostile)
    {
        Console.WriteLine($"{"Fiendtlig inndata (avvist eller ferdig innen 5 s, under 200 MB ekstra)",-62} {"Svar",5} {"Tid",8} {"Minne",9}");
        foreach (var h in hostile)
        {
            var ok = h.Seconds <= HostileInputBench.SecondsAllowed && h.Megabytes <= HostileInputBench.MegabytesAllowed && h.Status < 500;
            Console.WriteLine($"{h.Name,-62} {h.Status,5} {h.Seconds,6:0.00} s {h.Megabytes,6:0} MB {(ok ? "OK" : "FOR TREGT/STORT")}");
        }
    }

    private static void PrintResults(List<Result> results)
    {
        Console.WriteLine($"{"Mål",-45} {"Målt",12} {"Krav",10}  Forhold");
        foreach (var r in results)
        {
            var ratio = r.HigherIsBetter ? r.Target / r.Measured : r.Measured / r.Target;
            Console.WriteLine($"{r.Name,-45} {r.Measured,9:0.0} {r.Unit,-6} {r.Target,7} {r.Unit,-6} {ratio,6:0.00} {(ratio <= 1 ? "OK" : "FOR TREGT")}");
        }
    }

    /// <summary>Ical.Net writing a county's year: 280 single events and 20 weekly series, without the database.</summary>
    private static double IcsWriteMs()
    {
        var start = new NodaTime.LocalDate(2026, 1, 5);
        var entries = Enumerable.Range(0, 300).Select(i => new IcsEntry($"{i}@bench", $"Møte {i}",
            Arbeidsplan.Domain.DatePlan.EventWhen.Day(start.PlusDays(i)), i < 20 ? new Arbeidsplan.Domain.DatePlan.RecurrenceRule(Arbeidsplan.Domain.DatePlan.RepeatFrequency.Weekly, count: 40) : null,
            [], "Teams", null, $"https://example.org/{i}", 1, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0), "Møte", false)).ToList();
        var times = new List<double>();
        for (var i = 0; i < 31; i++)
        {
            var watch = Stopwatch.StartNew();
            IcsWriter.Write("Benk", entries);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
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

    /// <summary>Each round changes one event, so the feed's fingerprint moves and it is built again, then times the fetch.</summary>
    private static async Task<double> FeedRebuildMsAsync(HttpClient client, string path, Guid eventId)
    {
        var times = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            var e = await client.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}");
            var input = JsonSerializer.Deserialize<Dictionary<string, object?>>(e.GetRawText())!;
            input["title"] = $"Fast møte, runde {i}";
            (await client.PutAsJsonAsync($"/api/events/{eventId}", input)).EnsureSuccessStatusCode();
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return times[times.Count / 2];
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
