using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.FollowUp;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Scheduling;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Branches;

/// <summary>
/// The scorecard: one row per branch the user follows up, with members, annual meeting, board, required circle, study hours,
/// region meetings, contact and checks, each judged by the organisation's thresholds. One projection reads the per-branch numbers.
/// </summary>
public sealed class ScorecardQueries(AppDbContext db, CurrentAccess access, CalendarFamily family, ScorecardSettingsService settingsService, IClock clock)
{
    private static readonly Guid AnnualMeetingKind = EventKind.IdOf(EventKind.AnnualMeeting);

    public async Task<Scorecard?> LoadAsync(ScorecardQuery query)
    {
        if (query.OrganisationId is not { } chosen)
        {
            return null;
        }
        var organisationId = await family.FollowedUpFromAsync(chosen);
        if (await family.FindAsync(organisationId) is not { } organisation || !await access.SeesOrganisationAsync(organisationId))
        {
            return null;
        }
        var today = clock.Today();
        var scope = await access.ScopeAsync();
        var branches = (await family.BelowAsync(organisationId, OrganisationKind.Local)).Where(b => scope.CoversOrganisation(b.Id)).ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderBy(r => r.Name).Select(r => new RegionChoice(r.Id, r.Name)).ToListAsync();
        var regionNames = regions.ToDictionary(r => r.Id, r => r.Name);
        if (query.RegionId is { } onlyRegion)
        {
            branches = branches.Where(b => b.RegionId == onlyRegion).ToList();
        }
        var settings = await settingsService.ForAsync(organisationId);
        var snapshots = await db.MemberSnapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderByDescending(s => s.TakenOn)
            .ThenByDescending(s => s.CreatedAt).Select(s => new { s.Id, s.TakenOn }).Take(60).ToListAsync();
        var latest = snapshots.FirstOrDefault(s => s.TakenOn <= today);
        var yearEnd = snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(today.Year - 1, 12, 31));
        var before = snapshots.FirstOrDefault(s => s.TakenOn == new LocalDate(today.Year - 2, 12, 31));
        var (latestId, yearEndId, beforeId) = (latest?.Id ?? Guid.Empty, yearEnd?.Id ?? Guid.Empty, before?.Id ?? Guid.Empty);
        var (jan1, lastJan1, dec31) = (new LocalDate(today.Year, 1, 1), new LocalDate(today.Year - 1, 1, 1), new LocalDate(today.Year, 12, 31));
        var ids = branches.Select(b => b.Id).ToList();

        var facts = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new
        {
            o.Id,
            Now = db.BranchCounts.Where(c => c.SnapshotId == latestId && c.BranchId == o.Id).Select(c => new { c.Paying, c.Unpaid, c.New }).FirstOrDefault(),
            YearEnd = db.BranchCounts.Where(c => c.SnapshotId == yearEndId && c.BranchId == o.Id).Select(c => (int?)c.Paying).FirstOrDefault(),
            Before = db.BranchCounts.Where(c => c.SnapshotId == beforeId && c.BranchId == o.Id).Select(c => (int?)c.Paying).FirstOrDefault(),
            Target = db.MemberTargets.Where(t => t.BranchId == o.Id && t.Year == today.Year).Select(t => (int?)t.Target).FirstOrDefault(),
            // Two lookups rather than one OR, so each uses its index instead of scanning the events.
            OwnAnnualMeeting = db.Events.Where(e => e.OrganisationId == o.Id && e.KindId == AnnualMeetingKind && e.Status == EventStatus.Confirmed
                && e.StartDate >= jan1 && e.StartDate <= today).Max(e => (LocalDate?)e.StartDate),
            HostedAnnualMeeting = db.Events.Where(e => e.HostId == o.Id && e.KindId == AnnualMeetingKind && e.Status == EventStatus.Confirmed
                && e.StartDate >= jan1 && e.StartDate <= today).Max(e => (LocalDate?)e.StartDate),
            Hours = db.StudyCircles.Where(c => c.OrganisationId == o.Id && c.EndsOn >= jan1 && c.EndsOn <= dec31).Sum(c => (int?)c.Hours) ?? 0,
            HoursLastYear = db.StudyCircles.Where(c => c.OrganisationId == o.Id && c.EndsOn >= lastJan1 && c.EndsOn < jan1).Sum(c => (int?)c.Hours) ?? 0,
            RegionMeetings = db.MeetingAttendances.Count(a => a.BranchId == o.Id && a.On >= jan1 && a.On <= today),
            LastContact = db.ContactEntries.Where(c => c.BranchId == o.Id).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt)
                .Select(c => new { c.On, c.ByName }).FirstOrDefault(),
            Check = db.BranchChecks.Where(c => c.BranchId == o.Id).Select(c => new { c.WebsiteCheckedOn, c.SocialMediaCheckedOn }).FirstOrDefault(),
        }).ToDictionaryAsync(f => f.Id);
        var flags = (await db.BranchFlags.AsNoTracking().Where(f => ids.Contains(f.BranchId) && f.ClosedOn == null).Select(f => new { f.BranchId, f.Reasons }).ToListAsync())
            .GroupBy(f => f.BranchId).ToDictionary(g => g.Key, g => (Count: g.Count(), Reasons: g.Aggregate(FlagReason.None, (a, f) => a | f.Reasons)));
        var emptyPositions = await EmptyPositionsAsync(ids, settings.RequiredPositionTypeIds, today);
        var (requirement, circleStatus) = await RequiredCircleAsync(organisationId, ids, today);

        var rows = branches.Select(b =>
        {
            var f = facts[b.Id];
            var annualMeeting = f.OwnAnnualMeeting is { } own && (f.HostedAnnualMeeting is not { } hosted || own >= hosted) ? own : f.HostedAnnualMeeting;
            var empty = emptyPositions[b.Id];
            var circle = circleStatus.GetValueOrDefault(b.Id);
            var (web, social) = (f.Check?.WebsiteCheckedOn, f.Check?.SocialMediaCheckedOn);
            var paying = latest is null ? (int?)null : f.Now?.Paying ?? 0;
            var lastYearEnd = yearEnd is null ? (int?)null : f.YearEnd ?? 0;
            var lights = new ScoreLights(settings.Members(paying, f.Target, lastYearEnd), settings.AnnualMeeting(annualMeeting, today),
                ScorecardSettings.Board(empty.Count), circle?.State switch { RequirementState.Done => Light.Green, RequirementState.Pending => Light.Yellow, RequirementState.Missed => Light.Red, _ => Light.None },
                settings.Study(f.Hours, f.HoursLastYear), settings.RegionMeetings(f.RegionMeetings), settings.Contact(f.LastContact?.On, today),
                settings.Checked(web, today), settings.Checked(social, today));
            var flag = flags.GetValueOrDefault(b.Id);
            return new ScoreRow(b.Id, b.DisplayName, b.RegionId, b.RegionId is { } r && regionNames.TryGetValue(r, out var name) ? name : "Uten region",
                paying, lastYearEnd, before is null ? null : f.Before ?? 0, f.Target, f.Now?.Unpaid ?? 0, f.Now?.New ?? 0,
                annualMeeting?.ToDateOnly(), empty, circle?.State, circle?.DoneOn?.ToDateOnly(), f.Hours, f.HoursLastYear, f.RegionMeetings,
                f.LastContact?.On.ToDateOnly(), f.LastContact?.ByName, web?.ToDateOnly(), social?.ToDateOnly(), flag.Count, flag.Count > 0 ? flag.Reasons.Label() : null, lights);
        });
        var ordered = (query.Sort == "svakest"
            ? rows.OrderByDescending(r => r.Weakness).ThenBy(r => r.Name, NorwegianText.Comparer)
            : rows.OrderBy(r => r.Region, NorwegianText.Comparer).ThenBy(r => r.Name, NorwegianText.Comparer)).ToList();
        var regionTotals = ordered.GroupBy(r => r.Region).OrderBy(g => g.Key, NorwegianText.Comparer).Select(g => ScoreTotals.Of(g.Key, g.ToList())).ToList();
        return new Scorecard(organisationId, organisation.DisplayName, today.ToDateOnly(), today.Year - 1, latest?.TakenOn.ToDateOnly(), requirement,
            ordered, regionTotals, ScoreTotals.Of(organisation.DisplayName, ordered), regions, scope.CoversOrganisation(organisationId));
    }

    /// <summary>The required positions no one holds today, per branch, by name.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<string>>> EmptyPositionsAsync(List<Guid> ids, List<Guid> required, LocalDate today)
    {
        var names = await db.PositionTypes.AsNoTracking().Where(t => required.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync();
        var held = (await db.Positions.AsNoTracking().Where(p => p.OrganisationId != null && ids.Contains(p.OrganisationId.Value) && required.Contains(p.PositionTypeId))
                .Select(p => new { p.OrganisationId, p.PositionTypeId, p.Term }).ToListAsync())
            .Where(p => p.Term.IsActiveOn(today)).Select(p => (p.OrganisationId!.Value, p.PositionTypeId)).ToHashSet();
        return ids.ToDictionary(id => id, id => (IReadOnlyList<string>)names.Where(n => !held.Contains((id, n.Id))).Select(n => n.Name).ToList());
    }

    /// <summary>This year's first «complete material X» requirement from the organisation or above it, and each branch's status.</summary>
    private async Task<(string? Name, Dictionary<Guid, RequirementStatus> Status)> RequiredCircleAsync(Guid organisationId, List<Guid> ids, LocalDate today)
    {
        var offering = await family.AncestryAsync(organisationId);
        var requirement = await db.StudyRequirements.AsNoTracking()
            .Where(r => offering.Contains(r.OrganisationId) && r.Year == today.Year && r.Kind == RequirementKind.CompleteMaterial).OrderBy(r => r.DueOn).FirstOrDefaultAsync();
        if (requirement is null)
        {
            return (null, []);
        }
        var yearStart = new LocalDate(today.Year, 1, 1);
        var circles = (await db.StudyCircles.AsNoTracking().Where(c => ids.Contains(c.OrganisationId) && c.MaterialId == requirement.MaterialId && c.EndsOn >= yearStart && c.EndsOn <= requirement.DueOn)
                .Select(c => new { c.OrganisationId, c.BodyId, c.MaterialId, c.EndsOn, c.Hours }).ToListAsync())
            .ToLookup(c => c.OrganisationId, c => new CircleFact(c.OrganisationId, c.BodyId, c.MaterialId, c.EndsOn, c.Hours));
        return (requirement.Name, ids.ToDictionary(id => id, id => requirement.StatusFor(circles[id], today)));
    }
}
