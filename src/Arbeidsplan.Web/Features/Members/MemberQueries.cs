using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>A branch's members now and at the last two year ends, as counts.</summary>
public sealed record MemberStatRow(Guid BranchId, string Branch, Guid? RegionId, string Region, int? Paying, int? LastYearEnd, int? YearEndBefore,
    int Unpaid, int New, int Lapsed, int Women, int Men, int Under30, int Under40, int? Target = null)
{
    public int? Change => LastYearEnd is { } last && YearEndBefore is { } before ? last - before : null;

    /// <summary>Paying now against this year's target: negative is how many are still missing.</summary>
    public int? AgainstTarget => Target is { } target && Paying is { } paying ? paying - target : null;
}

public sealed record MemberTotals(string Name, int Paying, int LastYearEnd, int YearEndBefore, int Unpaid, int New, int Lapsed, int Target = 0)
{
    public int Change => LastYearEnd - YearEndBefore;

    public static MemberTotals Of(string name, IEnumerable<MemberStatRow> rows)
    {
        var list = rows.ToList();
        return new MemberTotals(name, list.Sum(r => r.Paying ?? 0), list.Sum(r => r.LastYearEnd ?? 0), list.Sum(r => r.YearEndBefore ?? 0),
            list.Sum(r => r.Unpaid), list.Sum(r => r.New), list.Sum(r => r.Lapsed), list.Sum(r => r.Target ?? 0));
    }
}

public sealed record SnapshotRow(Guid Id, Guid OrganisationId, DateOnly TakenOn, SnapshotSource Source, int Members, string CreatedBy, string? FileName, bool IsDemo);

public sealed record MemberStatistics(Guid OrganisationId, string OrganisationName, DateOnly On, DateOnly? Latest, int LastYear, IReadOnlyList<MemberStatRow> Branches,
    IReadOnlyList<MemberTotals> Regions, MemberTotals Total, Paged<SnapshotRow> Snapshots, bool CanImport);

/// <summary>Member statistics per branch, region and organisation from its snapshots; a user sees the branches in their scope.</summary>
public sealed class MemberQueries(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, RegisterSnapshots registerSnapshots, IClock clock)
{
    /// <summary>How many imports a page of the history shows, newest first.</summary>
    public const int SnapshotsPerPage = 12;

    public async Task<MemberStatistics?> StatisticsAsync(Guid organisationId, DateOnly? on = null, int? snapshotPage = null)
    {
        organisationId = await directory.FollowedUpFromAsync(organisationId);
        if (await directory.FindAsync(organisationId) is not { } organisation || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var date = on is { } d ? LocalDate.FromDateOnly(d) : clock.Today();
        var lastYear = date.Year - 1;
        var branches = await directory.BelowAsync(organisationId, OrganisationKind.Local);
        var branchIds = branches.Select(b => b.Id).ToList();
        // Each branch's figures from its own importer's snapshots: one group for a county, one per county for an umbrella.
        var sources = (await registerSnapshots.SourcesAsync(organisationId, branchIds)).Select(source => new
        {
            source,
            Latest = source.Snapshots.FirstOrDefault(s => s.TakenOn <= date),
            YearEnd = source.Snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(lastYear, 12, 31)),
            Before = source.Snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(lastYear - 1, 12, 31)),
        }).ToList();
        var sourceOf = sources.SelectMany(x => x.source.Branches.Select(b => (b, x))).ToDictionary(p => p.b, p => p.x);
        var ids = sources.SelectMany(x => new[] { x.Latest?.Id, x.YearEnd?.Id, x.Before?.Id }).Where(x => x is not null).Select(x => x!.Value).Distinct().ToList();
        var counts = await db.BranchCounts.AsNoTracking().Where(c => ids.Contains(c.SnapshotId)).ToListAsync();
        BranchCount? Of(MemberSnapshot? s, Guid branch) => s is null ? null : counts.FirstOrDefault(c => c.SnapshotId == s.Id && c.BranchId == branch);
        // The figures are as of the oldest of the importers' latest snapshots.
        var latestOn = sources.Where(x => x.Latest is not null).Select(x => (LocalDate?)x.Latest!.TakenOn).Min();
        var importers = sources.Where(x => x.source.Importer is not null).Select(x => x.source.Importer).Distinct().ToList();

        var regionOf = await db.Organisations.AsNoTracking().Where(o => branchIds.Contains(o.Id) && o.RegionId != null)
            .Join(db.Regions, o => o.RegionId, r => r.Id, (o, r) => new { o.Id, RegionId = r.Id, r.Name }).ToDictionaryAsync(x => x.Id);
        var targets = await db.MemberTargets.AsNoTracking().Where(t => t.Year == date.Year && branchIds.Contains(t.BranchId)).ToDictionaryAsync(t => t.BranchId, t => t.Target);
        var rows = new List<MemberStatRow>();
        var scope = await access.ScopeAsync();
        foreach (var b in branches.Where(b => scope.CoversOrganisation(b.Id)))
        {
            var (latest, yearEnd, before) = (sourceOf[b.Id].Latest, sourceOf[b.Id].YearEnd, sourceOf[b.Id].Before);
            var now = Of(latest, b.Id);
            var region = regionOf.GetValueOrDefault(b.Id);
            rows.Add(new MemberStatRow(b.Id, b.DisplayName, region?.RegionId, region?.Name ?? "Uten region", latest is null ? null : now?.Paying ?? 0,
                yearEnd is null ? null : Of(yearEnd, b.Id)?.Paying ?? 0, before is null ? null : Of(before, b.Id)?.Paying ?? 0,
                now?.Unpaid ?? 0, now?.New ?? 0, now?.Lapsed ?? 0, now?.Women ?? 0, now?.Men ?? 0, now?.Under30 ?? 0, now?.Under40 ?? 0,
                targets.TryGetValue(b.Id, out var target) ? target : null));
        }
        rows = rows.OrderBy(r => r.Region, NorwegianText.Comparer).ThenBy(r => r.Branch, NorwegianText.Comparer).ToList();
        var regions = rows.GroupBy(r => r.Region).Select(g => MemberTotals.Of(g.Key, g)).ToList();
        // A local leader sees her own branch: the page is headed with it, not with the county it is followed up from.
        var heading = rows is [var only] && !scope.CoversOrganisation(organisationId) ? only.Branch : organisation.DisplayName;
        return new MemberStatistics(organisationId, heading, date.ToDateOnly(), latestOn?.ToDateOnly(), lastYear, rows, regions,
            MemberTotals.Of(heading, rows),
            await HistoryAsync(importers is [var importer] ? importer : null, snapshotPage),
            await guard.CoversOrganisation(organisationId));
    }

    /// <summary>The imports the figures come from (the nearest importer's), a page at a time, newest first.</summary>
    private async Task<Paged<SnapshotRow>> HistoryAsync(Guid? importer, int? page) =>
        importer is not { } id
            ? Paged<SnapshotRow>.Empty(SnapshotsPerPage)
            : await db.MemberSnapshots.AsNoTracking().Where(s => s.OrganisationId == id).NewestFirst()
                .Select(s => new SnapshotRow(s.Id, s.OrganisationId, s.TakenOn.ToDateOnly(), s.Source, s.Members, s.CreatedBy, s.FileName, s.IsDemo))
                .ToPagedAsync(page, SnapshotsPerPage);
}
