using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>The calendar model on each provider: timed series with exceptions, rules, templates, feeds, concurrency.</summary>
public abstract class DatePlanDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Series_WithExceptionsRulesTemplateAndFeed_RoundTrips()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var board = await app.Register().BodyAsync(county, "Fylkesstyret");
        var when = new EventWhen(new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 6), new LocalTime(8, 0), new LocalTime(8, 45));
        var id = await app.WithDbAsync(async db =>
        {
            var e = new Event(county, new EventDetails(EventKind.IdOf(EventKind.BoardMeeting), "Styremøte", board, "Teams", "https://teams.example/m", "Saksliste kommer", EventVisibility.Body),
                when, new RecurrenceRule(RepeatFrequency.Monthly, 1, IsoDayOfWeek.Tuesday, 1, until: new LocalDate(2026, 12, 31))) { UpdatedAt = Instant.FromUtc(2026, 1, 1, 0, 0) };
            db.Events.Add(e);
            db.EventExceptions.Add(e.ChangeOccurrence(new LocalDate(2026, 2, 3), null));
            db.EventExceptions.Add(e.ChangeOccurrence(new LocalDate(2026, 3, 3), when.StartingOn(new LocalDate(2026, 3, 4))));
            db.StatutoryWindows.Add(new StatutoryWindow(county, "Årsmøter", EventKind.IdOf(EventKind.AnnualMeeting), OrganisationKind.Local, AnnualSpan.Months(1, 1)));
            db.DeadlineRules.Add(new DeadlineRule(county, "Innkalling", EventKind.IdOf(EventKind.BoardMeeting), board, 14));
            var template = new EventTemplate(county, "Valgår", YearType.ElectionYear);
            template.ReplaceItems([(9, 14, EventKind.IdOf(EventKind.Election), "Valgdagen")]);
            db.EventTemplates.Add(template);
            db.TemplateItems.AddRange(template.Items);
            await db.SaveChangesAsync();
            return e.Id;
        });

        var loaded = await app.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Exceptions).SingleAsync(e => e.Id == id));
        var template = await app.WithDbAsync(db => db.EventTemplates.AsNoTracking().Include(t => t.Items).SingleAsync());

        Assert.Equal(when, loaded.When);
        Assert.Equal("Første tirsdag i måneden, til og med 31.12.2026", loaded.Repeat!.Describe(loaded.StartDate));
        var spring = loaded.OccurrencesIn(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31))).Select(o => o.When.StartDate).ToList();
        Assert.Equal([new LocalDate(2026, 1, 6), new LocalDate(2026, 3, 4)], spring);
        Assert.Equal(EventVisibility.Body, loaded.Visibility);
        Assert.Equal(new LocalDate(2027, 9, 14), template.Apply(2027, county).Single().StartDate);
        Assert.Equal(11, await app.WithDbAsync(db => db.EventKinds.CountAsync()));
    }

    [Fact]
    public async Task Event_ExceptionAdded_BumpsTheVersion_StaleSaveIsDetected()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var id = await app.WithDbAsync(async db =>
        {
            var e = new Event(county, new EventDetails(EventKind.IdOf(EventKind.Other), "Forum"), EventWhen.Day(new LocalDate(2026, 1, 8)),
                new RecurrenceRule(RepeatFrequency.Weekly, 2, count: 10));
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });

        var version = await app.WithDbAsync(async db =>
        {
            var e = await db.Events.Include(x => x.Exceptions).SingleAsync(x => x.Id == id);
            db.EventExceptions.Add(e.ChangeOccurrence(new LocalDate(2026, 1, 22), null));
            await db.SaveChangesAsync();
            return e.Version;
        });

        Assert.Equal(2, version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.WithDbAsync(async db =>
        {
            var e = await db.Events.SingleAsync(x => x.Id == id);
            db.ExpectVersion(e, 1);
            e.Cancel();
            await db.SaveChangesAsync();
        }));
    }
}

public sealed class SqliteDatePlanDataTests() : DatePlanDataTests(Provider.Sqlite);

public sealed class PostgresDatePlanDataTests() : DatePlanDataTests(Provider.Postgres);
