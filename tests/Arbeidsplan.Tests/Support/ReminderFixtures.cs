using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Tests.Support;

/// <summary>Adopted plans with measures that have an owner and a deadline, written as the plan feature stores them.</summary>
public static class ReminderFixtures
{
    /// <summary>An adopted 2026 plan of the organisation with one open measure, owned as given, due on <paramref name="due"/> («innen …»).</summary>
    public static Task<Guid> MeasureAsync(AppFactory app, Guid organisation, MeasureOwner owner, LocalDate due, string text = "Verve nye medlemmer",
        MeasureStatus status = MeasureStatus.NotStarted) =>
        app.WithDbAsync(async db =>
        {
            var plan = new Plan(organisation, $"Arbeidsplan {due.Year}", PlanKind.Annual, PlanPeriod.Year(due.Year));
            plan.Propose();
            plan.Adopt("Årsmøtet", new LocalDate(due.Year, 1, 20));
            db.Plans.Add(plan);
            var measure = new Measure(plan.Id, null, "1.1", text, 10);
            measure.AssignOwner(owner);
            var timing = TimingParser.Parse($"innen {due.Day}. {Month(due.Month)}", plan.Period);
            Assert.Equal(due, timing.Due);
            measure.SetTiming(timing);
            if (status != MeasureStatus.NotStarted)
            {
                measure.SetStatus(status, new LocalDate(due.Year, 1, 25), "Merknad", "test", Instant.FromUtc(due.Year, 1, 25, 12, 0));
            }
            db.Measures.Add(measure);
            await db.SaveChangesAsync();
            return measure.Id;
        });

    private static string Month(int month) =>
        new[] { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember" }[month - 1];

    public static async Task<List<T>> ListAsync<T>(AppFactory app, Func<AppDbContext, IQueryable<T>> query) =>
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query(db)));
}
