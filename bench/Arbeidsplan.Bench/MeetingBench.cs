using System.Diagnostics;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// The meeting page of issue 15 at national scale: the county board of <see cref="NationalWorld"/> with twelve more members, a meeting
/// of 30 cases with backgrounds and proposals, half the members answered, ten decisions of the executive committee laid before it; and its floor, the same rows read by hand-written SQL.
/// </summary>
internal static class MeetingBench
{
    public static async Task<Guid> AddAsync(IServiceProvider services, Guid county)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var board = await db.Bodies.SingleAsync(b => b.OrganisationId == county && b.Name == "Fylkesstyret");
        var member = await db.PositionTypes.FirstAsync(t => t.Name == "Styremedlem");
        var people = Enumerable.Range(1, 12).Select(i => new Person(county, $"Styremedlem {i}", $"styremedlem{i}@bench.no", null)).ToList();
        db.AddRange(people);
        db.AddRange(people.Select(p => new Position(p.Id, member, null, board.Id, null, new Term(new LocalDate(2026, 1, 1), null))));
        var meeting = new Meeting(board.Id, county, "Fylkesstyremøte", new LocalDateTime(2027, 1, 12, 18, 0), new LocalDateTime(2027, 1, 12, 21, 0), "Fylkeshuset",
            new LocalDate(2026, 12, 29));
        db.Add(meeting);
        var series = new CaseSeries(board.Id, 2027);
        db.Add(series);
        for (var i = 0; i < 30; i++)
        {
            var c = new MeetingCase(meeting, series.Take(), (CaseKind)(i % 3), $"Sak om tema {i}", i);
            c.Edit(c.Kind, c.Title, string.Concat(Enumerable.Repeat($"Bakgrunn for sak {i}. ", 25)), i % 3 == 0 ? $"Styret vedtar forslag {i}." : null, i == 7);
            db.Add(c);
        }
        // The executive committee's decisions since the board last met, which the page lays before it.
        var committee = await db.Bodies.FirstOrDefaultAsync(b => b.OrganisationId == county && b.Kind == BodyKind.ExecutiveCommittee)
            ?? db.Add(new Body(county, "Arbeidsutvalget", BodyKind.ExecutiveCommittee)).Entity;
        db.AddRange(Enumerable.Range(1, 10).Select(i => Decision.BetweenMeetings(county, committee.Id, new LocalDate(2026, 12, i), $"AU-vedtak {i}",
            $"Arbeidsutvalget vedtar punkt {i}.", new Vote(VoteKind.Unanimous))));
        var at = Instant.FromUtc(2026, 12, 20, 12, 0);
        db.AddRange(people.Take(6).Select((p, i) => new Attendance(meeting.Id, p.Id, AttendanceRole.Member, i == 0 ? AttendanceAnswer.Absent : AttendanceAnswer.Coming, null, at)));
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>
    /// The page's rows (the meeting, its cases, the board's members today and their answers) by three indexed statements on the app's own
    /// connection, so on SQLite and PostgreSQL alike; 41 timed runs after 5 to warm up.
    /// </summary>
    public static async Task<(double P50, double P95)> FloorAsync(BenchApp app, Guid meeting)
    {
        const string Sql = """
            SELECT m."Title", m."StartsAt", m."Place", b."Name" FROM "Meetings" m JOIN "Bodies" b ON b."Id" = m."BodyId" WHERE m."Id" = @m;
            SELECT c."Number", c."Kind", c."Title", c."Background", c."ProposedDecision", c."IsClosed" FROM "MeetingCases" c WHERE c."MeetingId" = @m ORDER BY c."Position";
            SELECT p."PersonId", x."Name", x."Email", t."Name", t."Roles", a."Reply" FROM "Positions" p
              JOIN "PositionTypes" t ON t."Id" = p."PositionTypeId" JOIN "Persons" x ON x."Id" = p."PersonId"
              LEFT JOIN "Attendances" a ON a."MeetingId" = @m AND a."PersonId" = p."PersonId"
              WHERE p."BodyId" = (SELECT "BodyId" FROM "Meetings" WHERE "Id" = @m) AND p."TermFrom" <= @day AND (p."TermTo" IS NULL OR p."TermTo" >= @day);
            """;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var times = new List<double>();
        for (var i = 0; i < 46; i++)
        {
            var watch = Stopwatch.StartNew();
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            BoardWorkBench.Add(command, "m", sqlite ? meeting.ToString().ToUpperInvariant() : meeting);
            BoardWorkBench.Add(command, "day", sqlite ? "2027-01-12" : new DateOnly(2027, 1, 12));
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                do
                {
                    while (await reader.ReadAsync())
                    {
                        rows++;
                    }
                }
                while (await reader.NextResultAsync());
            }
            if (rows < 40)
            {
                throw new InvalidOperationException($"SQL-en for møtesiden fant bare {rows} rader; den måler feil ting.");
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
}
