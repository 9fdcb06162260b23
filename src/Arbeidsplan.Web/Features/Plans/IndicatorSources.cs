using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>
/// The current value of an indicator the system can count itself: paying members of the plan's organisation at its latest member
/// import, study hours of its circles this year. A goal linked to a source shows the value of today, not one typed in once.
/// </summary>
public sealed class IndicatorSources(AppDbContext db, OrganisationDirectory directory, IClock clock)
{
    /// <summary>The indicators with their current value from their source; manual ones as they are.</summary>
    public async Task<Dictionary<Guid, Indicator>> CurrentAsync(Guid organisationId, IEnumerable<(Guid GoalId, Indicator Indicator)> goals)
    {
        var linked = goals.Where(g => g.Indicator.Source != IndicatorSource.Manual).ToList();
        var result = new Dictionary<Guid, Indicator>();
        if (linked.Count == 0)
        {
            return result;
        }
        var ids = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        (decimal Value, LocalDate On)? paying = linked.Any(g => g.Indicator.Source == IndicatorSource.MemberStatistics) ? await PayingAsync(ids) : null;
        (decimal Value, LocalDate On)? hours = linked.Any(g => g.Indicator.Source == IndicatorSource.StudyStatistics) ? await HoursAsync(ids) : null;
        foreach (var (goalId, i) in linked)
        {
            if ((i.Source == IndicatorSource.MemberStatistics ? paying : hours) is { } now)
            {
                result[goalId] = new Indicator(i.Name, i.Unit, i.Baseline, i.BaselineOn, i.Target, i.TargetOn, now.Value, now.On, i.Source);
            }
        }
        return result;
    }

    /// <summary>
    /// Paying members of the organisation's branches, each at the latest import that counted it (a branch importing its own list
    /// the day after the county's does not make the county's total that branch's alone).
    /// </summary>
    private async Task<(decimal, LocalDate)?> PayingAsync(List<Guid> ids)
    {
        var counts = await db.BranchCounts.AsNoTracking().Where(c => ids.Contains(c.BranchId))
            .Join(db.MemberSnapshots, c => c.SnapshotId, s => s.Id, (c, s) => new { c.BranchId, c.Paying, s.TakenOn })
            .ToListAsync();
        if (counts.Count == 0)
        {
            return null;
        }
        var latest = counts.GroupBy(c => c.BranchId).Select(g => g.MaxBy(c => c.TakenOn)!).ToList();
        return (latest.Sum(c => c.Paying), latest.Max(c => c.TakenOn));
    }

    /// <summary>Hours of the study circles held this year in the organisation and below it.</summary>
    private async Task<(decimal, LocalDate)?> HoursAsync(List<Guid> ids)
    {
        var today = clock.Today();
        var (from, to) = (new LocalDate(today.Year, 1, 1), new LocalDate(today.Year, 12, 31));
        var hours = await db.StudyCircles.AsNoTracking().Where(c => ids.Contains(c.OrganisationId) && c.StartsOn >= from && c.StartsOn <= to).SumAsync(c => c.Hours);
        return (hours, today);
    }
}
