using System.Net;
using System.Net.Http.Json;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>Member snapshots on each provider: records with only the follow-up's fields, counts per branch, the saved column mapping.</summary>
public abstract class MemberDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Snapshot_WithRecordsCountsAndMapping_RoundTrips()
    {
        var county = await app.Register().OrganisationAsync("Fylke", OrganisationKind.County);
        var branch = await app.Register().OrganisationAsync("Lokallag", OrganisationKind.Local, county);
        var row = new MemberRow(2, "A-1001", branch, new LocalDate(2025, 3, 15), 2025, 1998, Gender.Woman);
        var mapping = ColumnMapping.Guess(["Medlemsnr", "Lokallag", "Betalt for år"]);
        var id = await app.WithDbAsync(async db =>
        {
            var snapshot = new MemberSnapshot(county, new LocalDate(2025, 12, 31), SnapshotSource.Import, "Kari", Instant.FromUtc(2026, 1, 5, 9, 0), "eksport.csv") { Members = 1 };
            db.MemberSnapshots.Add(snapshot);
            db.MemberRecords.Add(new MemberRecord(snapshot.Id, row));
            db.BranchCounts.Add(new BranchCount(snapshot.Id, MemberCounts.At([row], snapshot.TakenOn).Single(), 3));
            db.MemberColumnMappings.Add(new MemberColumnMapping(county, mapping));
            await db.SaveChangesAsync();
            return snapshot.Id;
        });

        var (record, count, saved) = await app.WithDbAsync(async db => (
            await db.MemberRecords.AsNoTracking().SingleAsync(r => r.SnapshotId == id),
            await db.BranchCounts.AsNoTracking().SingleAsync(c => c.SnapshotId == id),
            await db.MemberColumnMappings.AsNoTracking().SingleAsync(m => m.OrganisationId == county)));

        Assert.Equal((row.MemberNumber, row.JoinedOn, row.PaidForYear, row.BirthYear, row.Gender), (record.MemberNumber, record.JoinedOn, record.PaidForYear, record.BirthYear, record.Gender));
        Assert.Equal((1, 1, 1, 3), (count.Paying, count.New, count.Under30, count.Lapsed));
        Assert.Equal(mapping.Columns, saved.ToMapping().Columns);
    }

    [Fact]
    public async Task Import_WritesTheRowsPastEf_InTheFormatsEfReadsBack()
    {
        var w = await app.Register().WorldAsync();
        var client = await app.SignedInClientAsync(w.CountyLeaderUser);
        const string Export = """
            Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn
            A-1;Alfa lokallag;15.03.2019;2025;1980;K
            A-2;Beta lokallag;;;;
            """;

        var response = await client.PostAsJsonAsync("/api/members/import", new { organisationId = w.County, takenOn = "2025-12-31", text = Export, apply = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var records = await app.WithDbAsync(db => db.MemberRecords.AsNoTracking().OrderBy(r => r.MemberNumber).ToListAsync());
        Assert.Equal([("A-1", w.BranchA, (LocalDate?)new LocalDate(2019, 3, 15), (int?)2025, (int?)1980, Gender.Woman), ("A-2", w.BranchB, null, null, null, Gender.Unknown)],
            records.Select(r => (r.MemberNumber, r.BranchId, r.JoinedOn, r.PaidForYear, r.BirthYear, r.Gender)).ToList());
        var byBranch = await app.WithDbAsync(db => db.MemberRecords.Where(r => r.BranchId == w.BranchA && r.JoinedOn < new LocalDate(2020, 1, 1)).CountAsync());
        Assert.Equal(1, byBranch);
    }
}

public sealed class SqliteMemberDataTests() : MemberDataTests(Provider.Sqlite);

public sealed class PostgresMemberDataTests() : MemberDataTests(Provider.Postgres);
