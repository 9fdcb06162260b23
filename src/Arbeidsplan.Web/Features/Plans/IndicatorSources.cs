using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Plans;

/// <summary>
/// The current value of an indicator the system can count itself, for the plan's organisation and those below it: paying members
/// at the latest member import, study hours in the plan's period, people present per meeting held in the period, lists filed in
/// the first election from the period's start. A goal linked to a source shows the value of today, not one typed in once.
/// </summary>
public sealed class IndicatorSources(AppDbContext db, OrganisationDirectory directory, IClock clock)
{
    /// <summary>The indicators with their current value from their source; manual ones as they are.</summary>
    public async Task<Dictionary<Guid, Indicator>> CurrentAsync(Guid organisationId, PlanPeriod period, IEnumerable<(Guid GoalId, Indicator Indicator)> goals)
    {
        var linked = goals.Where(g => g.Indicator.Source != IndicatorSource.Manual).ToList();
        var result = new Dictionary<Guid, Indicator>();
        if (linked.Count == 0)
        {
            return result;
        }
        var ids = (await directory.TreeAsync()).SelfAndDescendants(organisationId).ToList();
        var values = new Dictionary<IndicatorSource, (decimal Value, LocalDate On)?>();
        foreach (var source in linked.Select(g => g.Indicator.Source).Distinct())
        {
            values[source] = source switch
            {
                IndicatorSource.MemberStatistics => await PayingAsync(ids),
                IndicatorSource.StudyStatistics => await HoursAsync(ids, period),
                IndicatorSource.MeetingAttendance => await AttendanceAsync(ids, period),
                IndicatorSource.ListsFiled => await ListsFiledAsync(ids, period),
                _ => null,
            };
        }
        foreach (var (goalId, i) in linked)
        {
            if (values[i.Source] is { } now)
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

    /// <summary>Hours of the study circles that began in the plan's period (a plan for 2026 counts 2026, whatever year it is now).</summary>
    private async Task<(decimal, LocalDate)?> HoursAsync(List<Guid> ids, PlanPeriod period)
    {
        var today = clock.Today();
        var hours = await db.StudyCircles.AsNoTracking()
            .Where(c => ids.Contains(c.OrganisationId) && c.StartsOn >= period.From && c.StartsOn <= period.To).SumAsync(c => c.Hours);
        return (hours, today < period.To ? today : period.To);
    }

    /// <summary>
    /// People recorded present per meeting in the period, on average, with the day of the last such meeting. A meeting counts once
    /// its minutes say who was there (not when they are approved, which can be months later).
    /// </summary>
    private async Task<(decimal, LocalDate)?> AttendanceAsync(List<Guid> ids, PlanPeriod period)
    {
        var (from, to) = (period.From.AtMidnight(), period.To.PlusDays(1).AtMidnight());
        var held = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.OrganisationId) && m.Status != MeetingStatus.Cancelled && m.StartsAt >= from && m.StartsAt < to
                && db.Attendances.Any(a => a.MeetingId == m.Id && a.Present != null))
            .Select(m => new { m.StartsAt, Present = db.Attendances.Count(a => a.MeetingId == m.Id && a.Present == true) })
            .ToListAsync();
        return held.Count == 0 ? null : (Math.Round((decimal)held.Average(m => m.Present), 1), held.Max(m => m.StartsAt).Date);
    }

    /// <summary>Lists filed in the first election on or after the period's start where the organisation has nominations.</summary>
    private async Task<(decimal, LocalDate)?> ListsFiledAsync(List<Guid> ids, PlanPeriod period)
    {
        var election = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.CountyId))
            .Join(db.Elections, n => n.ElectionId, e => e.Id, (n, e) => new { e.Id, e.Day })
            .Where(e => e.Day >= period.From).OrderBy(e => e.Day).Select(e => e.Id).FirstOrDefaultAsync();
        if (election == Guid.Empty)
        {
            return null;
        }
        var filed = await db.Nominations.AsNoTracking()
            .CountAsync(n => n.ElectionId == election && ids.Contains(n.CountyId)
                && db.NominationSteps.Any(s => s.NominationId == n.Id && s.Kind == NominationStepKind.ListFiled));
        return (filed, clock.Today());
    }
}
