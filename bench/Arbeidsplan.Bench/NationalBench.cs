using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Scheduling;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// A national party (15 counties, 60 regions, 370 branches, 50,000 members, 10 year-end snapshots, 40,000 events, 20,000 circles), or ten times it,
/// built and imported through the real member import; then the county and national scorecards are timed against hand-written SQL on the same file,
/// and the member import against sqlite3's «.import» of the same CSV. Prints a table and writes JSON.
/// </summary>
internal static class NationalBench
{
    public static async Task RunAsync(int scale, string jsonPath)
    {
        var (branchCount, memberCount, eventCount, circleCount) = (370 * scale, 50_000 * scale, 40_000 * scale, 20_000 * scale);
        await using var app = new BenchApp();
        var client = await app.SignedInClientAsync();
        var (national, counties, branches) = await BuildRegisterAsync(app, branchCount);
        var random = new Random(2026);
        var members = Enumerable.Range(1, memberCount).Select(i => (Number: i, Branch: branches[random.Next(branches.Count)].Name,
            Joined: new LocalDate(1990 + random.Next(36), 1 + random.Next(12), 1 + random.Next(28)), Born: 1940 + random.Next(65), Woman: random.Next(2) == 0)).ToList();
        double importMs = 0;
        string lastCsv = "";
        for (var year = 2016; year <= 2025; year++)
        {
            var csv = new StringBuilder("Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n");
            foreach (var m in members.Where(m => m.Joined.Year <= year))
            {
                csv.Append(m.Number).Append(';').Append(m.Branch).Append(';').Append(m.Joined.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)).Append(';')
                    .Append(random.Next(10) == 0 ? year - 1 : year).Append(';').Append(m.Born).Append(';').Append(m.Woman ? "K" : "M").Append('\n');
            }
            lastCsv = csv.ToString();
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsJsonAsync("/api/members/import", new { organisationId = national, takenOn = $"{year}-12-31", text = lastCsv, apply = true });
            importMs = watch.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
            }
        }
        var importedRows = lastCsv.Count(c => c == '\n') - 1;
        await AddEventsAndCirclesAsync(app, national, branches.Select(b => b.Id).ToList(), eventCount, circleCount);

        var county = counties[0];
        var results = new List<Row>
        {
            await TimeAsync(app, client, "Lokallag-siden for ett fylke", $"/lokallag?org={county}"),
            await TimeAsync(app, client, "Resultattavle-API for ett fylke", $"/api/branches/scorecard?organisationId={county}"),
            await TimeAsync(app, client, $"Resultattavle-API for landet ({branchCount} lag)", $"/api/branches/scorecard?organisationId={national}"),
        };
        var floorCounty = SqlFloor(app.DatabaseFile, county);
        var floorNational = SqlFloor(app.DatabaseFile, national);
        var sqliteImportMs = SqliteImportMs(lastCsv);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);

        var target = scale == 1 ? 100 : 300;
        Console.WriteLine($"Nasjonal skala ×{scale}: {branchCount} lokallag, {memberCount} medlemmer, 10 uttrekk, {eventCount} hendelser, {circleCount} studieringer");
        Console.WriteLine($"{"Måling",-48} {"p50 ms",8} {"p95 ms",8} {"spørr.",7} {"SQL-gulv p95",13} {"forhold",8}  krav");
        var floors = new[] { floorCounty, floorCounty, floorNational };
        var report = new List<object>();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var ratio = r.P95 / Math.Max(0.01, floors[i].P95);
            Console.WriteLine($"{r.Name,-48} {r.P50,8:0.0} {r.P95,8:0.0} {r.Queries,7} {floors[i].P95,13:0.0} {ratio,8:0.00}  p95 ≤ {target} ms: {(r.P95 <= target ? "OK" : "NEI")}, ≤ 1,5× gulvet: {(ratio <= 1.5 ? "OK" : "NEI")}, ≤ 10 spørringer: {(r.Queries <= 10 ? "OK" : "NEI")}");
            report.Add(new { r.Name, r.P50, r.P95, r.Queries, FloorP95 = floors[i].P95, RatioToFloor = ratio, TargetP95 = target });
        }
        var importRatio = importMs / Math.Max(0.01, sqliteImportMs);
        Console.WriteLine($"{"Medlemsimport, " + importedRows + " rader",-48} {importMs,8:0} ms mot sqlite3 .import {sqliteImportMs:0} ms: forhold {importRatio:0.00} (krav ≤ 3,0: {(importRatio <= 3 ? "OK" : "NEI")})");
        Console.WriteLine($"Største minnebruk (arbeidssett): {peakMb:0} MB");
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(new
        {
            scale, branches = branchCount, members = memberCount, events = eventCount, circles = circleCount, measurements = report,
            import = new { rows = importedRows, ms = importMs, sqliteImportMs, ratio = importRatio }, peakWorkingSetMb = peakMb,
        }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"JSON: {jsonPath}");
    }

    private sealed record Row(string Name, double P50, double P95, int Queries);

    private static async Task<(Guid National, List<Guid> Counties, List<(Guid Id, string Name)> Branches)> BuildRegisterAsync(BenchApp app, int branchCount)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var national = new Organisation("Benkpartiet", OrganisationKind.National, null);
        db.Add(national);
        var counties = Enumerable.Range(1, 15).Select(i => new Organisation($"Fylke {i}", OrganisationKind.County, national.Id)).ToList();
        db.AddRange(counties);
        var regions = counties.SelectMany(c => Enumerable.Range(1, 4).Select(r => new Region(c.Id, $"Region {r}"))).ToList();
        db.AddRange(regions);
        await db.SaveChangesAsync();
        var tree = new OrganisationTree(counties.Select(c => (c.Id, (Guid?)national.Id)).Append((national.Id, null)));
        var branches = new List<Organisation>();
        for (var i = 0; i < branchCount; i++)
        {
            var county = counties[i % counties.Count];
            var branch = new Organisation($"Lag {i + 1}", OrganisationKind.Local, county.Id);
            var branchTree = new OrganisationTree(counties.Select(c => (c.Id, (Guid?)national.Id)).Append((national.Id, null)).Append((branch.Id, county.Id)));
            branch.PlaceInRegion(regions[(i % counties.Count) * 4 + i / counties.Count % 4], branchTree);
            branches.Add(branch);
        }
        _ = tree;
        db.AddRange(branches);
        await db.SaveChangesAsync();
        return (national.Id, counties.Select(c => c.Id).ToList(), branches.Select(b => (b.Id, b.Name)).ToList());
    }

    private static async Task AddEventsAndCirclesAsync(BenchApp app, Guid national, List<Guid> branches, int events, int circles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var annual = EventKind.IdOf(EventKind.AnnualMeeting);
        var other = EventKind.IdOf(EventKind.Other);
        for (var i = 0; i < events; i++)
        {
            var branch = branches[i % branches.Count];
            var day = new LocalDate(2017 + i % 10, 1, 1).PlusDays(i * 7 % 360);
            db.Events.Add(new Event(branch, new EventDetails(i % 10 < 1 ? annual : other, $"Møte {i}"), EventWhen.Day(day)));
        }
        var material = new StudyMaterial(national, "Hvem skal lede", MaterialKind.Circle);
        db.StudyMaterials.Add(material);
        for (var i = 0; i < circles; i++)
        {
            var start = new LocalDate(2017 + i % 10, 2, 1).PlusDays(i % 200);
            db.StudyCircles.Add(new StudyCircle(branches[i % branches.Count], null, material.Id, new DateInterval(start, start.PlusDays(30)), 6, 8, "Benk"));
        }
        db.StudyRequirements.Add(new StudyRequirement(national, "Hvem skal lede", RequirementKind.CompleteMaterial, 2026, material.Id, new LocalDate(2026, 7, 1)));
        await db.SaveChangesAsync();
    }

    private static async Task<Row> TimeAsync(BenchApp app, HttpClient client, string name, string path)
    {
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        var queries = 0;
        for (var i = 0; i < 41; i++)
        {
            app.Queries.Reset();
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            queries = app.Queries.Count;
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return new Row(name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], queries);
    }

    /// <summary>The scorecard's per-branch numbers as one hand-written SQL statement on the same file: the floor the page is held to.</summary>
    private static (double P50, double P95) SqlFloor(string databaseFile, Guid organisation)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH b AS (SELECT o."Id" FROM "Organisations" o WHERE o."Kind" = 4 AND (o."ParentId" = $org OR o."ParentId" IN (SELECT "Id" FROM "Organisations" WHERE "ParentId" = $org))),
                 s AS (SELECT "Id" FROM "MemberSnapshots" WHERE "TakenOn" = '2025-12-31' ORDER BY "CreatedAt" DESC LIMIT 1),
                 p AS (SELECT "Id" FROM "MemberSnapshots" WHERE "TakenOn" = '2024-12-31' ORDER BY "CreatedAt" DESC LIMIT 1)
            SELECT b."Id",
              (SELECT c."Paying" FROM "BranchCounts" c WHERE c."SnapshotId" = (SELECT "Id" FROM s) AND c."BranchId" = b."Id"),
              (SELECT c."Paying" FROM "BranchCounts" c WHERE c."SnapshotId" = (SELECT "Id" FROM p) AND c."BranchId" = b."Id"),
              (SELECT MAX(e."StartDate") FROM "Events" e WHERE e."OrganisationId" = b."Id" AND e."KindId" = $annual AND e."StartDate" >= '2026-01-01'),
              (SELECT SUM(x."Hours") FROM "StudyCircles" x WHERE x."OrganisationId" = b."Id" AND x."EndsOn" >= '2026-01-01'),
              (SELECT SUM(x."Hours") FROM "StudyCircles" x WHERE x."OrganisationId" = b."Id" AND x."EndsOn" >= '2025-01-01' AND x."EndsOn" < '2026-01-01'),
              (SELECT MAX(k."On") FROM "ContactEntries" k WHERE k."BranchId" = b."Id"),
              (SELECT COUNT(*) FROM "BranchFlags" f WHERE f."BranchId" = b."Id" AND f."ClosedOn" IS NULL)
            FROM b
            """;
        command.Parameters.AddWithValue("$org", organisation.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$annual", EventKind.IdOf(EventKind.AnnualMeeting).ToString().ToUpperInvariant());
        var times = new List<double>();
        for (var i = 0; i < 46; i++)
        {
            var watch = Stopwatch.StartNew();
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
            }
            if (i >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            if (rows == 0)
            {
                throw new InvalidOperationException("SQL-gulvet fant ingen lokallag; spørringen måler feil ting.");
            }
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    /// <summary>sqlite3's own CSV import of the same file into a fresh table: the floor for the member import.</summary>
    private static double SqliteImportMs(string csv)
    {
        var directory = Directory.CreateTempSubdirectory("arbeidsplan-import").FullName;
        var file = Path.Combine(directory, "eksport.csv");
        File.WriteAllText(file, csv);
        var start = new ProcessStartInfo("sqlite3", [Path.Combine(directory, "floor.db"), ".mode csv", ".separator ;", $".import {file} members"])
        {
            RedirectStandardError = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 mangler: apt-get install sqlite3");
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        Directory.Delete(directory, recursive: true);
        return process.ExitCode == 0 ? ms : throw new InvalidOperationException(process.StandardError.ReadToEnd());
    }
}
