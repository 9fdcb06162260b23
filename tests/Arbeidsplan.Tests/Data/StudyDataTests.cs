using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>Study work on each provider: a material, a body's circle and a requirement round-trip, and a stale edit is detected.</summary>
public abstract class StudyDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task CircleAndRequirement_RoundTrip_AndAStaleEditIsDetected()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var board = await app.Register().BodyAsync(county, "Fylkesstyret");
        var dates = new DateInterval(new LocalDate(2026, 2, 9), new LocalDate(2026, 5, 10));
        var (circleId, requirementId) = await app.WithDbAsync(async db =>
        {
            var material = new StudyMaterial(county, "Det grønne hjulet", MaterialKind.Circle);
            var circle = new StudyCircle(county, board, material.Id, dates, 11, 12, "Siri");
            var requirement = new StudyRequirement(county, "Minst én", RequirementKind.CircleEachYear, 2026, null, null, board);
            db.AddRange(material, circle, requirement);
            await db.SaveChangesAsync();
            return (circle.Id, requirement.Id);
        });

        var (circle, requirement) = await app.WithDbAsync(async db => (
            await db.StudyCircles.AsNoTracking().SingleAsync(c => c.Id == circleId),
            await db.StudyRequirements.AsNoTracking().SingleAsync(r => r.Id == requirementId)));
        var stale = await app.WithDbAsync(async db =>
        {
            var loaded = await db.StudyCircles.SingleAsync(c => c.Id == circleId);
            db.ExpectVersion(loaded, 0);
            loaded.Update(board, loaded.MaterialId, dates, 12, 12, "Siri");
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.Equal((board, dates.Start, dates.End, 11, 12, 1L), (circle.BodyId, circle.StartsOn, circle.EndsOn, circle.Participants, circle.Hours, circle.Version));
        Assert.Equal((board, new LocalDate(2026, 12, 31)), (requirement.BodyId, requirement.DueOn));
        Assert.IsType<DbUpdateConcurrencyException>(stale);
    }
}

public sealed class SqliteStudyDataTests() : StudyDataTests(Provider.Sqlite);

public sealed class PostgresStudyDataTests() : StudyDataTests(Provider.Postgres);
