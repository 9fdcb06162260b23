using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Bench;

/// <summary>
/// Every page and every list endpoint the app maps (issue 20, part 1), found the way the security walk finds them (RouteCatalog:
/// the endpoints and the OpenAPI description) and filled with the walk world's rows (WalkRequests), timed as a county leader, a
/// region contact and a local leader, on SQLite and, with <c>--postgres</c>, on PostgreSQL. For each: p50 and p95, SQL commands
/// per request and bytes, against the app's floor measured in the same run (/health/live: the pipeline with no work). Documents,
/// exports, imports, previews and feeds have their own targets in their issues and are listed, not judged. The world is one county
/// with one row of each kind, and with <c>--nasjonal</c> or <c>--nasjonal10</c> the national volume around it (<see cref="PageVolume"/>).
/// </summary>
internal static class PageBench
{
    private const int TargetP95Ms = 100;
    private const int TargetQueries = 10;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] OwnTargets = [".docx", ".xlsx", ".pdf", ".ics", ".csv", ".png", ".json", "/kalender/", "import", "preview", "forhandsvis", "export", "eksport", "{format",
        // The GDPR export and the annual report: documents with their own targets (issues 12 and 16), though they answer as pages.
        "personal-data", "personopplysninger", "/rapporter", "/api/reports"];

    private sealed record Measured(string Database, string Role, string Route, int Status, double P50, double P95, double Queries, long Bytes, string Verdict);

    /// <param name="showSql">Print the SQL of the routes that contain this text (or, given «over», of those over their target), once per role.</param>
    /// <param name="scale">0 for the walk's world alone; 1 or 10 for <see cref="PageVolume"/>'s national volume around it (target p95 300 ms at ×10).</param>
    public static async Task RunAsync(bool postgres, bool full, string jsonPath, string? showSql = null, int scale = 0)
    {
        var targetMs = scale >= 10 ? 300 : TargetP95Ms;
        var (warmup, samples) = full ? (5, 41) : (2, 11);
        var rows = new List<Measured>();
        // The walk world is the tests' app factory, which finds the web project from the test assembly's folder; from here, say where.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ARBEIDSPLAN_WEB", BenchApp.WebProjectDirectory());
        foreach (var database in postgres ? new[] { "SQLite", "PostgreSQL" } : ["SQLite"])
        {
            Environment.SetEnvironmentVariable("ARBEIDSPLAN_TEST_PROVIDER", database == "PostgreSQL" ? "Postgres" : "Sqlite");
            if (database == "PostgreSQL" && BenchApp.PostgresServer is { } server)
            {
                Environment.SetEnvironmentVariable("ARBEIDSPLAN_TEST_POSTGRES", server);
            }
            await using var world = new WalkWorld();
            await world.InitializeAsync();
            if (scale > 0)
            {
                var watch = Stopwatch.StartNew();
                await PageVolume.AddAsync(world, await world.SignedInClientAsync(world.World.Admin), scale);
                Console.WriteLine($"{database}: nasjonalt volum ×{scale} lagt til på {watch.Elapsed.TotalSeconds:0} s");
            }
            using var counter = new CommandCounter { KeepText = showSql is not null };
            var requests = new WalkRequests(world, world.Home);
            var routes = RouteCatalog.Read(world.Services).Where(r => r.Method == "GET" && !r.IsAnonymous).OrderBy(r => r.Pattern).ToList();
            foreach (var (role, email) in new[] { ("fylkesleder", world.World.CountyLeaderUser), ("regionkontakt", world.World.RegionContactUser), ("lokalleder", world.World.BranchLeaderUser) })
            {
                var client = await world.SignedInClientAsync(email);
                var floor = await TimeAsync(client, counter, () => new HttpRequestMessage(HttpMethod.Get, "/health/live"), warmup, samples);
                rows.Add(new Measured(database, role, "(gulv) /health/live", floor.Status, floor.P50, floor.P95, floor.Queries, floor.Bytes, ""));
                foreach (var route in routes)
                {
                    if (ListedOnly(route.Pattern))
                    {
                        rows.Add(new Measured(database, role, route.Pattern, 0, 0, 0, 0, 0, "listet (eget mål)"));
                        continue;
                    }
                    var template = await requests.BuildAsync(route);
                    var m = await TimeAsync(client, counter, () => new HttpRequestMessage(HttpMethod.Get, template.RequestUri), warmup, samples);
                    var verdict = m.Status >= 400 ? "utenfor rollen" : m.P95 <= targetMs && m.Queries <= TargetQueries ? "OK" : "OVER MÅL";
                    if (showSql is not null && (template.RequestUri!.ToString() == showSql || (showSql == "over" && verdict == "OVER MÅL")
                        || (showSql.Length > 1 && template.RequestUri!.ToString().Contains(showSql, StringComparison.OrdinalIgnoreCase))))
                    {
                        Console.WriteLine($"--- {role} {template.RequestUri}: {counter.Texts.Count} kommandoer i siste måling");
                        foreach (var sql in counter.Texts)
                        {
                            Console.WriteLine(sql.ReplaceLineEndings(" "));
                        }
                    }
                    rows.Add(new Measured(database, role, template.RequestUri!.ToString(), m.Status, m.P50, m.P95, m.Queries, m.Bytes, verdict));
                }
            }
        }
        Print(rows, targetMs, scale);
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(rows, Indented));
        Console.WriteLine($"JSON: {jsonPath}");
    }

    /// <summary>Documents, exports, feeds, imports and previews: timed by their own issues' targets, listed here.</summary>
    private static bool ListedOnly(string pattern) =>
        OwnTargets.Any(p => pattern.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static async Task<(int Status, double P50, double P95, double Queries, long Bytes)> TimeAsync(HttpClient client, CommandCounter counter,
        Func<HttpRequestMessage> request, int warmup, int samples)
    {
        var status = 0;
        long bytes = 0;
        for (var i = 0; i < warmup; i++)
        {
            using var response = await client.SendAsync(request());
            status = (int)response.StatusCode;
            bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }
        if (status >= 400 || status == (int)HttpStatusCode.Found)
        {
            return (status, 0, 0, 0, bytes);
        }
        var times = new List<double>();
        var commands = 0;
        for (var i = 0; i < samples; i++)
        {
            counter.Reset();
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request());
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            commands += counter.Count;
        }
        times.Sort();
        return (status, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], commands / (double)samples, bytes);
    }

    private static void Print(List<Measured> rows, int targetMs, int scale)
    {
        Console.WriteLine($"Alle sider og lister{(scale > 0 ? $" med nasjonalt volum ×{scale}" : "")} (mål: p95 ≤ {targetMs} ms, ≤ {TargetQueries} spørringer; forhold til gulvet /health/live i samme kjøring)");
        Console.WriteLine($"{"Database",-10} {"Rolle",-13} {"Svar",4} {"p50",7} {"p95",7} {"×gulv",6} {"SQL",5} {"Byte",8}  {"Vurdering",-16} Adresse");
        foreach (var group in rows.GroupBy(r => (r.Database, r.Role)))
        {
            var floor = group.First().P95;
            foreach (var r in group)
            {
                var ratio = floor > 0 && r.P95 > 0 ? (r.P95 / floor).ToString("0.0", CultureInfo.InvariantCulture) : "";
                Console.WriteLine($"{r.Database,-10} {r.Role,-13} {r.Status,4} {r.P50,7:0.0} {r.P95,7:0.0} {ratio,6} {r.Queries,5:0.#} {r.Bytes,8}  {r.Verdict,-16} {r.Route}");
            }
        }
        var judged = rows.Where(r => r.Verdict is "OK" or "OVER MÅL").ToList();
        Console.WriteLine($"Målt: {judged.Count}, innenfor målet: {judged.Count(r => r.Verdict == "OK")}, over: {judged.Count(r => r.Verdict == "OVER MÅL")}; " +
            $"listet med eget mål: {rows.Count(r => r.Verdict.StartsWith("listet", StringComparison.Ordinal))}; utenfor rollen: {rows.Count(r => r.Verdict == "utenfor rollen")}");
    }
}
