using System.Diagnostics;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Bench;

/// <summary>
/// Valg at national scale (issue 17): 357 municipalities spread over the 15 counties, each covered by a branch, the national party's
/// local election with every list's nomination begun (up to six steps each); and the floor of the county's table, the same rows by
/// one hand-written SQL statement on the app's own connection.
/// </summary>
internal static class ElectionBench
{
    public const int Municipalities = 357;

    public static async Task<Guid> AddAsync(IServiceProvider services, Guid national, List<Guid> counties, List<Guid> branches)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var election = new Election(national, ElectionKind.Local, new LocalDate(2027, 9, 13));
        db.Elections.Add(election);
        var parents = await db.Organisations.Where(o => branches.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        for (var i = 0; i < Municipalities && i < branches.Count; i++)
        {
            var municipality = new Municipality(MunicipalityNumber.Parse($"{1000 + i}"), $"Kommune {i + 1}");
            db.Municipalities.Add(municipality);
            var branch = parents[branches[i]];
            branch.CoverMunicipality(municipality.Id);
            db.CountyMunicipalities.Add(new CountyMunicipality(branch.ParentId!.Value, municipality.Id));
            var nomination = new Nomination(election.Id, branch.ParentId!.Value, municipality.Id);
            db.Nominations.Add(nomination);
            foreach (var kind in NominationStepKinds.All.Take(i % 7))
            {
                nomination.Record(kind, new LocalDate(2026, 9, 1).PlusDays((int)kind * 10), election.Day, new LocalDate(2026, 12, 1), "Benk", null);
            }
        }
        await db.SaveChangesAsync();
        return election.Id;
    }

    /// <summary>
    /// The campaign and the results: the county's plan from the template, 16 activities per branch over eight weeks, and the 2019 and
    /// 2023 local elections with a result in every municipality. Returns the 2023 election.
    /// </summary>
    public static async Task<Guid> AddCampaignAndResultsAsync(IServiceProvider services, Guid national, Guid election, Guid county, List<Guid> branches)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var coming = await db.Elections.SingleAsync(e => e.Id == election);
        var plan = new CampaignPlan(coming, county, CampaignTemplate.Phases(coming));
        db.CampaignPlans.Add(plan);
        var type = await db.PositionTypes.Where(t => t.PartyId == national).OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
        db.CampaignTasks.AddRange(CampaignTemplate.Tasks(coming).Select(t => plan.AddTask(coming, t.Phase, t.Title, new Domain.Meetings.FollowUpOwner(null, type, county, null), t.DueOn)));
        var today = new LocalDate(2026, 11, 30);
        for (var b = 0; b < branches.Count; b++)
        {
            for (var i = 0; i < 16; i++)
            {
                db.CampaignActivities.Add(new CampaignActivity(coming, branches[b], CampaignActivityKinds.All[(b + i) % CampaignActivityKinds.All.Count],
                    today.PlusDays(-((b + i * 3) % 56)), 10 + i, null, "Benk", today));
            }
        }
        var answered = await db.CountyMunicipalities.AsNoTracking().ToListAsync();
        Guid held = default;
        foreach (var day in new[] { new LocalDate(2019, 9, 9), new LocalDate(2023, 9, 11) })
        {
            var past = new Election(national, ElectionKind.Local, day);
            db.Elections.Add(past);
            db.ListResults.AddRange(answered.Select((a, i) => new ListResult(past.Id, a.OrganisationId, a.MunicipalityId, 500 + i, 10m + (i % 20), i % 9, null)));
            held = past.Id;
        }
        await db.SaveChangesAsync();
        return held;
    }

    /// <summary>The county's lists with their branch and steps: 41 timed runs after 5 to warm up.</summary>
    public static async Task<(double P50, double P95)> FloorAsync(BenchApp app, Guid election, Guid county)
    {
        const string Sql = """
            SELECT m."Id", m."Name", b."Id", b."Name", b."RegionId", s."Kind", s."On", s."RecordedBy"
            FROM "CountyMunicipalities" c JOIN "Municipalities" m ON m."Id" = c."MunicipalityId"
            LEFT JOIN "Organisations" b ON b."MunicipalityId" = m."Id" AND b."ParentId" = c."OrganisationId"
            LEFT JOIN "Nominations" n ON n."ElectionId" = @election AND n."CountyId" = c."OrganisationId" AND n."MunicipalityId" = m."Id"
            LEFT JOIN "NominationSteps" s ON s."NominationId" = n."Id"
            WHERE c."OrganisationId" = @county
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
            BoardWorkBench.Add(command, "election", sqlite ? election.ToString().ToUpperInvariant() : election);
            BoardWorkBench.Add(command, "county", sqlite ? county.ToString().ToUpperInvariant() : county);
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }
            if (rows < Municipalities / 15)
            {
                throw new InvalidOperationException($"SQL-en for nominasjonene fant bare {rows} rader; den måler feil ting.");
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
