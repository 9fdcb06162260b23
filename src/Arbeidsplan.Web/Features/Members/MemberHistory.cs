using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>Paying members year by year, as the members page and the annual report draw them.</summary>
public sealed class MemberHistory(AppDbContext db, OrganisationDirectory directory, RegisterSnapshots registerSnapshots)
{
    /// <summary>How many years back the chart reaches.</summary>
    public const int Years = 10;

    /// <summary>
    /// Paying members at each year's last count over the last ten years up to the year given, summed over the branches below from
    /// the imports the members' table reads (the nearest importer's: a county's import counts its branches); no chart with fewer
    /// than two years.
    /// </summary>
    public async Task<ReportChart?> ChartAsync(Guid organisationId, int year)
    {
        var below = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        // The same imports the members' table reads: the nearest importer's, newest first (a later import of a day before an earlier).
        var snapshots = await registerSnapshots.ForAsync(await directory.FollowedUpFromAsync(organisationId));
        var lastOfYear = snapshots.Where(s => s.TakenOn.Year > year - Years && s.TakenOn.Year <= year)
            .GroupBy(s => s.TakenOn.Year).Select(g => g.First()).OrderBy(s => s.TakenOn).ToList();
        if (lastOfYear.Count < 2)
        {
            return null;
        }
        var ids = lastOfYear.Select(s => s.Id).ToList();
        var paying = await db.BranchCounts.AsNoTracking().Where(c => ids.Contains(c.SnapshotId) && EF.Parameter(below).Contains(c.BranchId))
            .GroupBy(c => c.SnapshotId).Select(g => new { g.Key, Paying = g.Sum(c => c.Paying) }).ToDictionaryAsync(g => g.Key, g => g.Paying);
        return new ReportChart("Betalende medlemmer ved årets siste telling", ChartKind.Line, [.. lastOfYear.Select(s => $"{s.TakenOn.Year}")],
            [new ChartSeries("Betalende", [.. lastOfYear.Select(s => (double)paying.GetValueOrDefault(s.Id))])]);
    }
}
