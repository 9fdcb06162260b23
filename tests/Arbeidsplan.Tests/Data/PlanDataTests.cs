using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>The plan model on each provider: goals with indicators, measures with goal links and timing, notes, revisions, concurrency.</summary>
public abstract class PlanDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Plan_WithGoalsMeasuresNotesAndRevision_RoundTrips()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var period = PlanPeriod.Year(2026);
        var indicator = new Indicator("Betalende medlemmer", "medlemmer", 955, new LocalDate(2025, 12, 31), 1000, new LocalDate(2026, 12, 31), 970.5m, new LocalDate(2026, 9, 30));
        var (planId, measureId, goalId) = await app.WithDbAsync(async db =>
        {
            var plan = new Plan(county, "Arbeidsplan 2026", PlanKind.Annual, period);
            var chapter = new Chapter(plan.Id, "2.1", "Målsettinger", "Tekst", 10);
            var goal = new Goal(plan.Id, chapter.Id, "Medlemsvekst", 10, indicator);
            var measure = new Measure(plan.Id, chapter.Id, "2.1a", "Vervekampanje", 10);
            measure.AssignOwner(new MeasureOwner("Fylkesstyret"));
            measure.SetTiming(TimingParser.Parse("Mars, årlig", period));
            measure.LinkGoals([goal.Id]);
            var note = measure.SetStatus(MeasureStatus.UnderWay, new LocalDate(2026, 3, 2), "Startet", "Kari", Instant.FromUtc(2026, 3, 2, 10, 0));
            db.AddRange(plan, chapter, goal, measure, note);
            db.Add(new PlanRevision(plan.Id, 1, PlanState.Adopted, new LocalDate(2026, 2, 15), "Vedtatt", new string('x', 50_000), "Kari", Instant.FromUtc(2026, 2, 15, 12, 0)));
            await db.SaveChangesAsync();
            return (plan.Id, measure.Id, goal.Id);
        });

        var (loadedGoal, loadedMeasure, note, revision) = await app.WithDbAsync(async db => (
            await db.Goals.AsNoTracking().SingleAsync(g => g.Id == goalId),
            await db.Measures.AsNoTracking().Include(m => m.Goals).SingleAsync(m => m.Id == measureId),
            await db.StatusNotes.AsNoTracking().SingleAsync(n => n.MeasureId == measureId),
            await db.PlanRevisions.AsNoTracking().SingleAsync(r => r.PlanId == planId)));

        Assert.Equal(indicator, loadedGoal.Indicator);
        Assert.Equal([goalId], loadedMeasure.Goals.Select(g => g.GoalId));
        Assert.Equal("2026-03-01/2026-03-31", loadedMeasure.TimingWindows);
        Assert.Equal(new LocalDate(2026, 3, 31), loadedMeasure.DueOn);
        Assert.Equal(MeasureStatus.UnderWay, loadedMeasure.Status);
        Assert.Equal("Startet", note.Text);
        Assert.Equal(50_000, revision.Content.Length);
    }

    [Fact]
    public async Task Measure_GoalLinksChanged_BumpsTheVersion_StaleSaveIsDetected()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var (measureId, goalId) = await app.WithDbAsync(async db =>
        {
            var plan = new Plan(county, "Plan", PlanKind.Annual, PlanPeriod.Year(2026));
            var goal = new Goal(plan.Id, null, "Mål", 10);
            var measure = new Measure(plan.Id, null, null, "Tiltak", 10);
            db.AddRange(plan, goal, measure);
            await db.SaveChangesAsync();
            return (measure.Id, goal.Id);
        });
        await app.WithDbAsync(async db =>
        {
            var measure = await db.Measures.Include(m => m.Goals).SingleAsync(m => m.Id == measureId);
            measure.LinkGoals([goalId]);
            await db.SaveChangesAsync();
        });

        Assert.Equal(2, await app.WithDbAsync(db => db.Measures.Where(m => m.Id == measureId).Select(m => m.Version).SingleAsync()));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.WithDbAsync(async db =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Id == measureId);
            db.ExpectVersion(measure, 1);
            measure.Update(null, null, "Endret", null, 10);
            await db.SaveChangesAsync();
        }));
    }
}

public sealed class SqlitePlanDataTests() : PlanDataTests(Provider.Sqlite);

public sealed class PostgresPlanDataTests() : PlanDataTests(Provider.Postgres);
