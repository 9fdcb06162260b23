using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// The reminder run's floor: what its sources read, in hand-written SQL on its own connection, every row read, the same SQL on SQLite and
/// PostgreSQL (days and ids as parameters in the form each provider stores them, enums as numbers). One statement for each read of the run,
/// with the source's own filter: the positions held on the day with their types and holders, the open owned measures of adopted plans in the
/// sources' window, the bodies, the terms renewed, every choice and setting and organisation (<see cref="RecipientIndex"/>, MeasureSource,
/// TermSource, <see cref="ReminderRules"/>); the notice rules and the meetings they cover with their exceptions (NoticeSource); the regions,
/// the annual meetings held this year, the contacts, flags and last week's member counts of the branches (DigestSource); the study requirements
/// due and the circles of their years (PendingRequirements, for StudySource and the digest); the annual meetings just held (ChecklistSource).
/// What the run reads twice (requirements and circles for the digest's four weeks and the study source's horizon, the settings, the
/// organisations) the floor reads once, for the wider window. Limits that follow from rows read earlier (the furthest notice rule, the
/// requirements' years) are read before the clock starts. The median of five rounds after one to warm up.
/// </summary>
internal static class ReminderFloor
{
    private static readonly LocalDate Day = ReminderBench.Day;

    public static async Task<ReminderBench.Floor> MeasureAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var parameters = await ParametersAsync(connection, sqlite);
        (string What, bool Required, string Sql)[] statements = [.. PlannerStatements(), .. SourceStatements()];
        var times = new List<double>();
        var rows = new int[statements.Length];
        for (var round = 0; round < 6; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var s = 0; s < statements.Length; s++)
            {
                await using var command = Command(connection, statements[s].Sql, parameters);
                rows[s] = await ReadAllAsync(command);
            }
            if (round > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        await connection.CloseAsync();
        var reads = statements.Select((s, i) => new ReminderBench.FloorRead(s.What, rows[i])).ToList();
        if (reads.Where((_, i) => statements[i].Required).FirstOrDefault(r => r.Rows == 0) is { } empty)
        {
            throw new InvalidOperationException($"Gulvet fant ingen {empty.What}; benken måler feil ting.");
        }
        times.Sort();
        return new ReminderBench.Floor(times[times.Count / 2], reads);
    }

    /// <summary>The days of the sources' windows, the annual meeting's kind, and the limits that follow from the rules and requirements.</summary>
    private static async Task<Dictionary<string, object>> ParametersAsync(DbConnection connection, bool sqlite)
    {
        object Date(LocalDate d) => sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToDateOnly();
        var window = new ReminderContext(Day, null!, new OrganisationTree([]), new Dictionary<Guid, string>(), "");
        var monday = Day.PlusDays(-((int)Day.DayOfWeek - 1));
        var annual = EventKind.IdOf(EventKind.AnnualMeeting);
        var parameters = new Dictionary<string, object>
        {
            ["@day"] = Date(Day), ["@from"] = Date(window.LookBack), ["@to"] = Date(window.Horizon), ["@weekAgo"] = Date(monday.PlusDays(-7)),
            ["@yearStart"] = Date(new LocalDate(Day.Year, 1, 1)), ["@annual"] = sqlite ? annual.ToString().ToUpperInvariant() : annual,
        };
        var limits = await ScalarsAsync(connection, $"""
            SELECT (SELECT MAX("DaysBefore") FROM "DeadlineRules"), MIN(r."Year"), MAX(r."Year")
            FROM "StudyRequirements" r WHERE {Requirements}
            """, parameters);
        parameters["@noticeTo"] = Date(window.Horizon.PlusDays(limits[0] ?? 0));
        // No requirement due: the source reads no circles, and an empty range reads none either.
        var (first, last) = limits[1] is { } from && limits[2] is { } to ? (new LocalDate(from, 1, 1), new LocalDate(to, 12, 31)) : (Day, Day.PlusDays(-1));
        (parameters["@circlesFrom"], parameters["@circlesTo"]) = (Date(first), Date(last));
        return parameters;
    }

    private const string Held = """ "TermFrom" <= @day AND ("TermTo" IS NULL OR "TermTo" >= @day) """;
    private const string Requirements = """ r."BodyId" IS NULL AND r."DueOn" >= @day AND r."DueOn" <= @to """;
    private const int Confirmed = (int)EventStatus.Confirmed;
    private static readonly string Locals = $"""(SELECT "Id" FROM "Organisations" WHERE "Kind" = {(int)OrganisationKind.Local})""";

    /// <summary>
    /// What the planner, the measure and term sources and the rules read; <c>Required</c> when the bench world must have rows for it, or the
    /// bench measures the wrong thing.
    /// </summary>
    private static (string What, bool Required, string Sql)[] PlannerStatements() =>
    [
        ("verv på dagen", true, $"""
            SELECT p."Id", p."PersonId", t."Id", t."Name", t."Roles", p."OrganisationId", p."BodyId", p."RegionId", p."TermTo"
            FROM "Positions" p JOIN "PositionTypes" t ON t."Id" = p."PositionTypeId" WHERE p.{Held}
            """),
        ("personer", true, $"""
            SELECT x."Id", x."Name", x."Email", EXISTS (SELECT 1 FROM "AspNetUsers" u WHERE u."PersonId" = x."Id" AND u."DeactivatedAt" IS NULL)
            FROM "Persons" x WHERE x."Id" IN (SELECT "PersonId" FROM "Positions" WHERE {Held})
            """),
        ("åpne tiltak med eier i vinduet", true, $"""
            SELECT m."Id", m."PlanId", m."Code", m."Text", m."DueOn", m."Status", m."OwnerText", m."OwnerPositionTypeId", m."OwnerBodyId", m."OwnerOrganisationId",
                   p."Title", p."OrganisationId"
            FROM "Measures" m JOIN "Plans" p ON p."Id" = m."PlanId"
            WHERE m."DueOn" >= @from AND m."DueOn" <= @to AND m."Status" IN ({(int)MeasureStatus.NotStarted}, {(int)MeasureStatus.UnderWay}, {(int)MeasureStatus.Postponed})
              AND p."State" IN ({(int)PlanState.Adopted}, {(int)PlanState.Revised})
              AND (m."OwnerPositionTypeId" IS NOT NULL OR m."OwnerBodyId" IS NOT NULL OR m."OwnerOrganisationId" IS NOT NULL)
            """),
        ("organer", true, """SELECT "Id", "Name", "OrganisationId" FROM "Bodies" """),
        ("verv som starter senere (gjenvalg)", false, """SELECT "PersonId", "PositionTypeId", "OrganisationId", "BodyId" FROM "Positions" WHERE "TermFrom" > @day"""),
        ("valg", true, """SELECT * FROM "ReminderPreferences" """),
        ("innstillinger", true, """SELECT * FROM "ReminderSettings" """),
        ("organisasjoner", true, """SELECT "Id", "Name", "ShortName", "Kind", "ParentId", "RegionId" FROM "Organisations" """),
    ];

    /// <summary>What the notice, digest, study and checklist sources read.</summary>
    private static (string What, bool Required, string Sql)[] SourceStatements() =>
    [
        ("innkallingsregler", true, """SELECT * FROM "DeadlineRules" """),
        ("møter med innkallingsfrist (rader med unntak)", true, $"""
            SELECT e.*, x.* FROM "Events" e LEFT JOIN "EventExceptions" x ON x."EventId" = e."Id"
            WHERE COALESCE(e."HostId", e."OrganisationId") IN (SELECT "OrganisationId" FROM "DeadlineRules") AND e."KindId" IN (SELECT "KindId" FROM "DeadlineRules")
              AND e."Status" = {Confirmed} AND e."StartDate" <= @noticeTo
              AND ((e."RepeatFrequency" IS NOT NULL AND (e."RepeatUntil" IS NULL OR e."RepeatUntil" >= @day)) OR (e."RepeatFrequency" IS NULL AND e."StartDate" >= @day))
            """),
        ("regioner", true, """SELECT "Id", "Name", "OrganisationId" FROM "Regions" """),
        ("årsmøter holdt i år", true, $"""
            SELECT COALESCE(e."HostId", e."OrganisationId") FROM "Events" e
            WHERE e."KindId" = @annual AND e."Status" = {Confirmed} AND e."StartDate" >= @yearStart AND e."StartDate" <= @day
              AND (e."OrganisationId" IN {Locals} OR e."HostId" IN {Locals})
            """),
        ("lag med logget kontakt", true, $"""
            SELECT c."BranchId", MAX(c."On"), SUM(CASE WHEN c."On" >= @weekAgo THEN 1 ELSE 0 END) FROM "ContactEntries" c
            WHERE c."BranchId" IN {Locals} GROUP BY c."BranchId"
            """),
        ("flagg åpne eller lukket sist uke", true, $"""
            SELECT f."BranchId", f."OpenedOn", f."ClosedOn" FROM "BranchFlags" f
            WHERE f."BranchId" IN {Locals} AND (f."ClosedOn" IS NULL OR f."ClosedOn" >= @weekAgo)
            """),
        ("lagstall fra sist ukes uttrekk", true, $"""
            SELECT c."BranchId", c."Paying", c."New", s."TakenOn" FROM "BranchCounts" c JOIN "MemberSnapshots" s ON s."Id" = c."SnapshotId"
            WHERE c."BranchId" IN {Locals} AND s."TakenOn" >= @weekAgo AND s."TakenOn" <= @day
            """),
        ("studiekrav med frist i vinduet", true, $"""SELECT r.* FROM "StudyRequirements" r WHERE {Requirements}"""),
        ("studieringer i kravenes år", true, """
            SELECT "OrganisationId", "BodyId", "MaterialId", "EndsOn", "Hours" FROM "StudyCircles"
            WHERE "BodyId" IS NULL AND "EndsOn" >= @circlesFrom AND "EndsOn" <= @circlesTo
            """),
        ("årsmøter til sjekklisten", true, $"""
            SELECT e."Id", COALESCE(e."HostId", e."OrganisationId"), e."Title", e."StartDate" FROM "Events" e
            WHERE e."KindId" = @annual AND e."Status" = {Confirmed} AND e."RepeatFrequency" IS NULL AND e."StartDate" >= @from AND e."StartDate" < @day
            """),
    ];

    private static DbCommand Command(DbConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Only the parameters the statement names: PostgreSQL is given no unused ones.
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Key, StringComparison.Ordinal)))
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }

    /// <summary>The first row's values as numbers, null where the value is.</summary>
    private static async Task<int?[]> ScalarsAsync(DbConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? (int?)null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture))];
    }

    private static async Task<int> ReadAllAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var (count, values) = (0, new object[reader.FieldCount]);
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            count++;
        }
        return count;
    }
}
