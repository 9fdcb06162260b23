using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Data;

/// <summary>Member snapshots on each provider: branch rolls with only the follow-up's fields, counts per branch, the saved column mapping.</summary>
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
            db.BranchRolls.AddRange(BranchRoll.Of(snapshot.Id, [row]));
            db.BranchCounts.Add(new BranchCount(snapshot.Id, MemberCounts.At([row], snapshot.TakenOn).Single(), 3));
            db.MemberColumnMappings.Add(new MemberColumnMapping(county, mapping));
            await db.SaveChangesAsync();
            return snapshot.Id;
        });

        var (record, count, saved) = await app.WithDbAsync(async db => (
            (await db.BranchRolls.AsNoTracking().SingleAsync(r => r.SnapshotId == id)).Members.Single(),
            await db.BranchCounts.AsNoTracking().SingleAsync(c => c.SnapshotId == id),
            await db.MemberColumnMappings.AsNoTracking().SingleAsync(m => m.OrganisationId == county)));

        Assert.Equal((row.MemberNumber, row.JoinedOn, row.PaidForYear, row.BirthYear, row.Gender), (record.MemberNumber, record.JoinedOn, record.PaidForYear, record.BirthYear, record.Gender));
        Assert.Equal((1, 1, 1, 3), (count.Paying, count.New, count.Under30, count.Lapsed));
        Assert.Equal(mapping.Columns, saved.ToMapping().Columns);
    }

    [Fact]
    public async Task Import_StoresOneRollPerBranch_AndKeepsOnlyTheRollsTheFollowUpReads()
    {
        var w = await app.Register().WorldAsync();
        var client = await app.SignedInClientAsync(w.CountyLeaderUser);
        string? note = null;
        async Task<Guid> ImportAsync(string takenOn, string rows)
        {
            var response = await client.PostAsJsonAsync("/api/members/import", new
            {
                organisationId = w.County, takenOn, apply = true,
                text = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn\n" + rows,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            note = body.GetProperty("lapsedNote").GetString();
            return body.GetProperty("snapshotId").GetGuid();
        }

        var january = await ImportAsync("2026-01-31", "A-1;Alfa lokallag;15.03.2019;2025;1980;K\nA-2;Beta lokallag;;;;\nA-3;Alfa lokallag;;2026;;");
        var february = await ImportAsync("2026-02-28", "A-1;Alfa lokallag;15.03.2019;2025;1980;K\nA-2;Beta lokallag;;;;");
        var corrected = await ImportAsync("2026-02-28", "A-1;Alfa lokallag;15.03.2019;2026;1980;K");
        Assert.Equal("Utmeldte er talt mot uttrekket per 31.1.2026.", note);

        var rolls = await app.WithDbAsync(db => db.BranchRolls.AsNoTracking().ToListAsync());
        Assert.Equal(new HashSet<Guid> { january, corrected }, rolls.Select(r => r.SnapshotId).ToHashSet());
        var alfa = rolls.Single(r => r.SnapshotId == january && r.BranchId == w.BranchA).Members;
        Assert.Equal([new MemberRecord("A-1", new LocalDate(2019, 3, 15), 2025, 1980, Gender.Woman), new MemberRecord("A-3", null, 2026, null, Gender.Unknown)],
            alfa.OrderBy(m => m.MemberNumber).ToList());
        Assert.Equal(new MemberRecord("A-2", null, null, null, Gender.Unknown), rolls.Single(r => r.SnapshotId == january && r.BranchId == w.BranchB).Members.Single());
        // The corrected export is compared with January, not with the first export of the same date.
        var lapsed = await app.WithDbAsync(db => db.BranchCounts.AsNoTracking().Where(c => c.SnapshotId == corrected).ToDictionaryAsync(c => c.BranchId, c => c.Lapsed));
        Assert.Equal((1, 1), (lapsed[w.BranchA], lapsed[w.BranchB]));
        Assert.NotEqual(february, corrected);

        var march = await ImportAsync("2026-03-31", "A-1;Alfa lokallag;15.03.2019;2026;1980;K");
        var backdated = await ImportAsync("2026-02-15", "A-1;Alfa lokallag;15.03.2019;2026;1980;K");

        Assert.StartsWith("Utmeldte er ikke talt: medlemmene i uttrekket per 31.1.2026 er ikke lenger lagret", note);
        Assert.Equal(new HashSet<Guid> { march, corrected }, await app.WithDbAsync(async db => (await db.BranchRolls.Select(r => r.SnapshotId).ToListAsync()).ToHashSet()));
        Assert.True(await app.WithDbAsync(db => db.BranchCounts.AnyAsync(c => c.SnapshotId == backdated)));
    }
}

public sealed class SqliteMemberDataTests() : MemberDataTests(Provider.Sqlite);

public sealed class PostgresMemberDataTests() : MemberDataTests(Provider.Postgres);
