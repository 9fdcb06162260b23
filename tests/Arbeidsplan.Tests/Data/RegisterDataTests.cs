using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>The same data tests on each provider: mapping, concurrency, uniqueness and the audit trail.</summary>
public abstract class RegisterDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Position_WithTermAndRegion_RoundTrips()
    {
        var register = app.Register();
        var county = await register.OrganisationAsync("Fylke", OrganisationKind.County);
        var region = await register.RegionAsync(county, "Nord");
        var type = await register.PositionTypeAsync(county, "Regionkontakt", ScopeKind.Region);
        var person = await register.PersonAsync("Per", county);
        var term = new Term(new LocalDate(2026, 2, 15), new LocalDate(2027, 2, 14));
        var id = await register.PositionAsync(person, type, organisation: county, region: region, term: term);

        var loaded = await app.WithDbAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == id));

        Assert.Equal(term, loaded.Term);
        Assert.Equal(region, loaded.RegionId);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task SaveChanges_StaleVersion_IsDetected()
    {
        var id = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Id == id);
            org.Update("Nytt navn", null, OrganisationKind.County);
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Id == id);
            db.ExpectVersion(org, 1);
            org.Update("Gammelt skjema", null, OrganisationKind.County);
            await db.SaveChangesAsync();
        }));
        var name = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync());
        Assert.Equal("Nytt navn", name);
    }

    [Fact]
    public async Task Municipality_DuplicateNumber_IsRefusedByTheDatabase()
    {
        await app.WithDbAsync(async db =>
        {
            db.Add(new Municipality(MunicipalityNumber.Parse("3403"), "Hamar"));
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Add(new Municipality(MunicipalityNumber.Parse("3403"), "Hamar igjen"));
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Person_Change_IsAuditedWithBeforeAndAfter()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var person = await app.Register().PersonAsync("Kari", county, "kari@test.no");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            using var system = scope.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem("Testdata");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var p = await db.Persons.SingleAsync(x => x.Id == person);
            p.Update("Kari Nordmann", "kari@test.no", null);
            await db.SaveChangesAsync();
        }

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == person).ToListAsync());

        Assert.Equal(["Added", "Modified"], entries.OrderBy(e => e.At).ThenBy(e => e.Action).Select(e => e.Action));
        var modified = entries.Single(e => e.Action == "Modified");
        Assert.Contains("\"Name\":\"Kari\"", modified.Before);
        Assert.Contains("\"Name\":\"Kari Nordmann\"", modified.After);
        Assert.Equal("Testdata", modified.Actor);
        Assert.Null(modified.ActorUserId);
    }

    [Fact]
    public async Task Body_JointMembers_AreStored()
    {
        var register = app.Register();
        var umbrella = await register.OrganisationAsync("Innlandet", OrganisationKind.Umbrella);
        var partA = await register.OrganisationAsync("Hedmark", OrganisationKind.CountyPart, umbrella);
        var body = await register.BodyAsync(umbrella, "Samarbeidsstyret");
        await app.WithDbAsync(async db =>
        {
            var b = await db.Bodies.Include(x => x.MemberOrganisations).SingleAsync(x => x.Id == body);
            b.DrawMembersFrom([partA]);
            await db.SaveChangesAsync();
        });

        var loaded = await app.WithDbAsync(db => db.Bodies.AsNoTracking().Include(x => x.MemberOrganisations).SingleAsync(x => x.Id == body));
        Assert.Equal([partA], loaded.MemberOrganisations.Select(m => m.OrganisationId));
        Assert.Equal(2, loaded.Version);
    }
}

public sealed class SqliteRegisterDataTests() : RegisterDataTests(Provider.Sqlite);

public sealed class PostgresRegisterDataTests() : RegisterDataTests(Provider.Postgres);
