using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Extensions;

namespace Arbeidsplan.Bench;

/// <summary>
/// Vedtak til oppfølging at national scale (issue 15): two years of a county board's decisions (600, by e-mail and in meetings) with two
/// follow-up tasks each, a third of them open, some overdue; and the floor of the list, the same rows by one hand-written SQL statement on
/// the app's own connection, so it runs on SQLite and PostgreSQL alike.
/// </summary>
internal static class BoardWorkBench
{
    public const int Decisions = 600;

    public static async Task AddDecisionsAsync(IServiceProvider services, Guid county)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var board = await db.Bodies.SingleAsync(b => b.OrganisationId == county && b.Name == "Fylkesstyret");
        var first = new LocalDate(2025, 1, 10);
        for (var i = 0; i < Decisions; i++)
        {
            var day = first.PlusDays(i * 700 / Decisions);
            var decision = Decision.BetweenMeetings(county, board.Id, day, $"Vedtak {i} om tema {i % 17}",
                string.Concat(Enumerable.Repeat($"Styret vedtar punkt {i}. ", 6)), new Vote(i % 5 == 0 ? VoteKind.Majority : VoteKind.Unanimous, i % 5 == 0 ? 2 : null));
            db.Add(decision);
            for (var t = 0; t < 2; t++)
            {
                var task = new FollowUpTask(decision, $"Oppgave {t + 1} for vedtak {i}", new FollowUpOwner(null, null, null, board.Id), day.PlusDays(14 + (30 * t)));
                db.Add(task);
                // Two in three are reported done; the rest stay open, the older of them overdue.
                if ((i + t) % 3 != 0)
                {
                    db.Add(task.Report(Domain.Plans.MeasureStatus.Done, day.PlusDays(10), "Gjort.", "Benk", Instant.FromUtc(2025, 1, 1, 0, 0)));
                }
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The open tasks of the county's decisions with the decision and body, overdue first: 41 timed runs after 5 to warm up.</summary>
    public static async Task<(double P50, double P95)> FloorAsync(BenchApp app, Guid county)
    {
        const string Sql = """
            SELECT t."Id", t."Title", t."DueOn", t."Status", t."OwnerBodyId", d."Id", d."Title", d."DecidedOn", b."Name"
            FROM "FollowUpTasks" t JOIN "Decisions" d ON d."Id" = t."DecisionId" JOIN "Bodies" b ON b."Id" = d."BodyId"
            WHERE t."OrganisationId" = @org AND t."Status" IN (0, 1, 4)
            ORDER BY CASE WHEN t."DueOn" < @today THEN 0 ELSE 1 END, t."DueOn", t."Id" LIMIT 500
            """;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var today = SystemClock.Instance.InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).GetCurrentDate();
        var times = new List<double>();
        for (var i = 0; i < 46; i++)
        {
            var watch = Stopwatch.StartNew();
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "org", sqlite ? county.ToString().ToUpperInvariant() : county);
            Add(command, "today", sqlite ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : today.ToDateOnly());
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }
            if (rows < Decisions / 2)
            {
                throw new InvalidOperationException($"SQL-en for vedtak til oppfølging fant bare {rows} rader; den måler feil ting.");
            }
            if (i >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        await connection.CloseAsync();
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
