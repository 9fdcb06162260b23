using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>Meetings on each provider: a meeting and its cases round-trip, and a case number cannot be given twice, by the series or by the index.</summary>
public abstract class MeetingDataTests(Provider provider) : IDisposable
{
    private static readonly LocalDateTime Start = new(2027, 1, 12, 18, 0);
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(Guid Board, Guid MeetingId)> MeetingAsync()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var board = await app.Register().BodyAsync(county, "Fylkesstyret");
        var id = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting(board, county, "Styremøte", Start, Start.PlusHours(3), "Hamar", new LocalDate(2026, 12, 29));
            var series = new CaseSeries(board, 2027);
            db.AddRange(meeting, series, new MeetingCase(meeting, series.Take(), CaseKind.Decision, "Godkjenning av innkalling og saksliste", 0));
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        return (board, id);
    }

    [Fact]
    public async Task MeetingAndCase_RoundTrip_WithTheWallClockTimeAsWritten()
    {
        var (_, id) = await MeetingAsync();

        var (meeting, cases) = await app.WithDbAsync(async db => (
            await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id),
            await db.MeetingCases.AsNoTracking().Where(c => c.MeetingId == id).ToListAsync()));

        Assert.Equal((Start, Start.PlusHours(3), new LocalDate(2026, 12, 29)), (meeting.StartsAt, meeting.EndsAt, meeting.NoticeDeadline));
        Assert.Equal("Sak 1/27", Assert.Single(cases).NumberLabel);
        Assert.Equal(1, await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.StartsAt >= new LocalDateTime(2027, 1, 1, 0, 0))));
    }

    [Fact]
    public async Task TwoAddingACaseAtOnce_TheSecondIsRefused_AndNoNumberIsGivenTwice()
    {
        var (board, id) = await MeetingAsync();

        async Task<Exception?> AddAsync(AppFactory factory, Func<Task>? between = null) => await factory.WithDbAsync(async db =>
        {
            var series = await db.CaseSeries.SingleAsync(s => s.BodyId == board && s.Year == 2027);
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            db.MeetingCases.Add(new MeetingCase(meeting, series.Take(), CaseKind.Information, "Orientering", 1));
            if (between is not null)
            {
                await between();
            }
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        var second = await AddAsync(app, async () => Assert.Null(await AddAsync(app)));

        // Refused by the series' version or, when the provider inserts the case first, by the unique number: either way nothing is saved.
        Assert.IsAssignableFrom<DbUpdateException>(second);
        Assert.Equal([1, 2], await app.WithDbAsync(db => db.MeetingCases.Select(c => c.Number!.Value).Order().ToListAsync()));
    }

    [Fact]
    public async Task CaseNumber_TakenTwiceAroundTheSeries_IsRefusedByTheDatabase()
    {
        var (_, id) = await MeetingAsync();

        var refused = await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            db.MeetingCases.Add(new MeetingCase(meeting, new CaseNumber(1, 2027), CaseKind.Decision, "Dobbelt", 1));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<DbUpdateException>(refused);
    }
}

public sealed class SqliteMeetingDataTests() : MeetingDataTests(Provider.Sqlite);

public sealed class PostgresMeetingDataTests() : MeetingDataTests(Provider.Postgres);
