using System.Diagnostics;
using System.Globalization;
using Arbeidsplan.Domain.DatePlan;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Extensions;

namespace Arbeidsplan.Bench;

/// <summary>The floors the national run is held to: the scorecard's numbers in hand-written SQL, and sqlite3's own import of the members' CSV.</summary>
internal static partial class NationalBench
{
    /// <summary>
    /// The scorecard's per-branch numbers as one hand-written SQL statement on the same file, the floor the page is held to: the same columns the
    /// page reads (members now, at the two year ends and against the target, annual meeting, hours, the required circle, region meetings, contact,
    /// checks, open flags and board positions held), each by the shortest indexed path.
    /// </summary>
    private static (double P50, double P95) SqlFloor(string databaseFile, Guid organisation)
    {
        var today = SystemClock.Instance.InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).GetCurrentDate();
        string Day(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        const string Sql = """
            WITH b AS (SELECT o."Id" FROM "Organisations" o WHERE o."Kind" = 4 AND (o."ParentId" = $org OR o."ParentId" IN (SELECT "Id" FROM "Organisations" WHERE "ParentId" = $org))),
                 snap AS (SELECT
                   (SELECT "Id" FROM "MemberSnapshots" WHERE "TakenOn" <= $today ORDER BY "TakenOn" DESC, "CreatedAt" DESC LIMIT 1) AS now,
                   (SELECT "Id" FROM "MemberSnapshots" WHERE "TakenOn" = $yearEnd ORDER BY "CreatedAt" DESC LIMIT 1) AS yearEnd,
                   (SELECT "Id" FROM "MemberSnapshots" WHERE "TakenOn" = $before ORDER BY "CreatedAt" DESC LIMIT 1) AS before),
                 req AS (SELECT "MaterialId", MIN("DueOn", $today) AS upto FROM "StudyRequirements" WHERE "Year" = $year AND "Kind" = 0 ORDER BY "DueOn" LIMIT 1),
                 board AS (SELECT "Id" FROM "PositionTypes" WHERE "Name" IN ('Leder', 'Kasserer', 'Medlemsansvarlig', 'Studieleder'))
            SELECT b."Id", n."Paying", n."Unpaid", n."New", y."Paying", p."Paying", t."Target",
              (SELECT MAX(e."StartDate") FROM "Events" e WHERE e."OrganisationId" = b."Id" AND e."KindId" = $annual AND e."Status" = 0 AND e."StartDate" BETWEEN $jan1 AND $today),
              (SELECT MAX(e."StartDate") FROM "Events" e WHERE e."HostId" = b."Id" AND e."KindId" = $annual AND e."Status" = 0 AND e."StartDate" BETWEEN $jan1 AND $today),
              (SELECT SUM(x."Hours") FROM "StudyCircles" x WHERE x."OrganisationId" = b."Id" AND x."EndsOn" BETWEEN $jan1 AND $dec31),
              (SELECT SUM(x."Hours") FROM "StudyCircles" x WHERE x."OrganisationId" = b."Id" AND x."EndsOn" >= $lastJan1 AND x."EndsOn" < $jan1),
              (SELECT MIN(x."EndsOn") FROM "StudyCircles" x, req WHERE x."OrganisationId" = b."Id" AND x."MaterialId" = req."MaterialId" AND x."EndsOn" BETWEEN $jan1 AND req.upto),
              (SELECT COUNT(*) FROM "MeetingAttendances" a WHERE a."BranchId" = b."Id" AND a."On" BETWEEN $jan1 AND $today),
              k."On", k."ByName", c."WebsiteCheckedOn", c."SocialMediaCheckedOn",
              (SELECT group_concat(f."Reasons") FROM "BranchFlags" f WHERE f."BranchId" = b."Id" AND f."ClosedOn" IS NULL),
              (SELECT group_concat(h."PositionTypeId") FROM "Positions" h WHERE h."OrganisationId" = b."Id" AND h."PositionTypeId" IN (SELECT "Id" FROM board)
                 AND h."TermFrom" <= $today AND (h."TermTo" IS NULL OR h."TermTo" >= $today))
            FROM b CROSS JOIN snap
            LEFT JOIN "BranchCounts" n ON n."SnapshotId" = snap.now AND n."BranchId" = b."Id"
            LEFT JOIN "BranchCounts" y ON y."SnapshotId" = snap.yearEnd AND y."BranchId" = b."Id"
            LEFT JOIN "BranchCounts" p ON p."SnapshotId" = snap.before AND p."BranchId" = b."Id"
            LEFT JOIN "MemberTargets" t ON t."BranchId" = b."Id" AND t."Year" = $year
            LEFT JOIN "ContactEntries" k ON k."Id" = (SELECT "Id" FROM "ContactEntries" WHERE "BranchId" = b."Id" ORDER BY "On" DESC, "RecordedAt" DESC LIMIT 1)
            LEFT JOIN "BranchChecks" c ON c."BranchId" = b."Id"
            """;
        return Timed(databaseFile, Sql, [
            ("$org", organisation.ToString().ToUpperInvariant(), SqliteType.Text),
            ("$annual", EventKind.IdOf(EventKind.AnnualMeeting).ToString().ToUpperInvariant(), SqliteType.Text),
            ("$today", Day(today), SqliteType.Text), ("$year", today.Year, SqliteType.Integer),
            ("$jan1", Day(new LocalDate(today.Year, 1, 1)), SqliteType.Text), ("$dec31", Day(new LocalDate(today.Year, 12, 31)), SqliteType.Text),
            ("$lastJan1", Day(new LocalDate(today.Year - 1, 1, 1)), SqliteType.Text), ("$yearEnd", Day(new LocalDate(today.Year - 1, 12, 31)), SqliteType.Text),
            ("$before", Day(new LocalDate(today.Year - 2, 12, 31)), SqliteType.Text),
        ]);
    }

    /// <summary>
    /// Runs a statement 46 times on its own read-only connection, a new command each time as a request would run it (so SQLite prepares it each
    /// time, as it does EF's), reading every row; the first five runs warm up. Its second column must be paying members, and some must be found.
    /// </summary>
    private static (double P50, double P95) Timed(string databaseFile, string sql, IReadOnlyList<(string Name, object? Value, SqliteType Type)> parameters)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        var times = new List<double>();
        for (var i = 0; i < 46; i++)
        {
            var watch = Stopwatch.StartNew();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value, type) in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, type) { Value = value ?? DBNull.Value });
            }
            using var reader = command.ExecuteReader();
            var (rows, paying) = (0, 0L);
            while (reader.Read())
            {
                rows++;
                paying += reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
            }
            if (i >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            if (rows == 0 || paying == 0)
            {
                throw new InvalidOperationException("SQL-en fant ingen lokallag eller medlemmer; den måler feil ting.");
            }
        }
        times.Sort();
        return (times[times.Count / 2], P95(times));
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
