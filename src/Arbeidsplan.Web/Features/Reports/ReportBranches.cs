using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Members;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>
/// The report's section on the branches below: annual meetings held, boards complete at the year's end (the offices the follow-up
/// requires), the required study circle completed, region meetings, reports sent and flags — in figures and branch by branch.
/// </summary>
public sealed class ReportBranches(AppDbContext db, OrganisationDirectory directory, MemberListRules rules, IClock clock)
{
    public async Task<ReportSection?> SectionAsync(Guid organisationId, int year)
    {
        var below = await directory.BelowAsync(organisationId, OrganisationKind.Local);
        if (below.Count == 0)
        {
            return null;
        }
        var branches = below.Select(b => b.Id).ToList();
        var (first, last) = AnnualReportActivity.Year(year);
        var annualKind = await db.EventKinds.Where(k => k.Key == EventKind.AnnualMeeting).Select(k => (Guid?)k.Id).FirstOrDefaultAsync();
        var meetings = (await db.Events.AsNoTracking()
                .Where(e => e.KindId == annualKind && e.Status != EventStatus.Cancelled && e.StartDate >= first && e.StartDate <= last && branches.Contains(e.HostId ?? e.OrganisationId))
                .Select(e => new { Branch = e.HostId ?? e.OrganisationId, e.StartDate }).ToListAsync())
            .GroupBy(e => e.Branch).ToDictionary(g => g.Key, g => g.Min(e => e.StartDate));
        var opened = await db.BranchFlags.AsNoTracking().CountAsync(f => branches.Contains(f.BranchId) && f.OpenedOn >= first && f.OpenedOn <= last);
        var closed = await db.BranchFlags.AsNoTracking().CountAsync(f => branches.Contains(f.BranchId) && f.ClosedOn >= first && f.ClosedOn <= last);
        var regionMeetings = await db.MeetingAttendances.AsNoTracking().Where(a => branches.Contains(a.BranchId) && a.On >= first && a.On <= last)
            .GroupBy(a => 1).Select(g => new { Meetings = g.Select(a => a.EventId).Distinct().Count(), Branches = g.Select(a => a.BranchId).Distinct().Count() })
            .FirstOrDefaultAsync();
        var sent = await db.AnnualReports.AsNoTracking().Where(r => branches.Contains(r.OrganisationId) && r.Year == year && r.SubmittedAt != null)
            .Select(r => new { r.OrganisationId, r.SubmittedAt }).ToDictionaryAsync(r => r.OrganisationId, r => r.SubmittedAt!.Value);
        var boards = await BoardsAsync(organisationId, branches, LocalDate.Min(last, clock.Today()));
        var circle = await RequiredCircleAsync(organisationId, branches, year);
        if (meetings.Count + opened + closed + (regionMeetings?.Meetings ?? 0) + sent.Count + circle.Done.Count == 0 && !boards.AnyHeld)
        {
            return null;
        }
        var complete = boards.Required.Count == 0 ? (int?)null : branches.Count(b => boards.Missing[b].Count == 0);
        var figures = new List<ReportFigure>
        {
            new("Lokallag", $"{branches.Count}"), new("Årsmøte holdt", $"{meetings.Count}"),
        };
        if (complete is { } c) { figures.Add(new("Fullt styre ved årets slutt", $"{c}")); }
        if (circle.Name is { } required) { figures.Add(new($"Fullførte {required}", $"{circle.Done.Count}")); }
        figures.AddRange([new("Regionmøter", $"{regionMeetings?.Meetings ?? 0}"), new("Lag som var på regionmøte", $"{regionMeetings?.Branches ?? 0}"),
            new("Årsmelding sendt inn", $"{sent.Count}"), new("Flagg åpnet", $"{opened}"), new("Flagg lukket", $"{closed}")]);
        var columns = new List<string> { "Lokallag", "Årsmøte" };
        if (complete is not null) { columns.Add("Styret"); }
        if (circle.Name is not null) { columns.Add("Påkrevd studiering"); }
        columns.Add("Årsmelding");
        var rows = below.OrderBy(b => b.DisplayName, NorwegianText.Comparer).Select(b =>
        {
            var row = new List<string> { b.DisplayName, meetings.TryGetValue(b.Id, out var on) ? NorwegianTime.Format(on) : "Ikke holdt" };
            if (complete is not null) { row.Add(boards.Missing[b.Id] is { Count: 0 } ? "Fullt" : $"Mangler {string.Join(", ", boards.Missing[b.Id]).ToLowerInvariant()}"); }
            if (circle.Name is not null) { row.Add(circle.Done.TryGetValue(b.Id, out var done) ? NorwegianTime.Format(done) : "Ikke fullført"); }
            row.Add(sent.TryGetValue(b.Id, out var at) ? NorwegianTime.Format(at) : "");
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new ReportSection(ReportSectionKind.Branches, figures, [new ReportTable("Lokallagene", columns, rows)],
            ReportDrafts.Branches(branches.Count, meetings.Count, opened, closed) + ReportDrafts.BranchBoards(branches.Count, complete, circle.Name, circle.Done.Count)
            + ReportDrafts.BranchActivity(regionMeetings?.Meetings ?? 0, regionMeetings?.Branches ?? 0, sent.Count));
    }

    /// <summary>
    /// The offices the follow-up requires on a branch board (its settings), for each branch those not held on the day, and whether
    /// any was held at all (a year before the register was kept is no data, not every board empty).
    /// </summary>
    private async Task<(IReadOnlyList<Guid> Required, Dictionary<Guid, List<string>> Missing, bool AnyHeld)> BoardsAsync(Guid organisationId, List<Guid> branches, LocalDate on)
    {
        var required = (await rules.ForAsync(await directory.FollowedUpFromAsync(organisationId))).RequiredPositionTypeIds;
        if (required.Count == 0)
        {
            return ([], [], false);
        }
        var names = await db.PositionTypes.AsNoTracking().Where(t => required.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync();
        var held = (await db.Positions.AsNoTracking()
                .Where(p => p.OrganisationId != null && branches.Contains(p.OrganisationId.Value) && required.Contains(p.PositionTypeId) && p.Term.From <= on && (p.Term.To == null || p.Term.To >= on))
                .Select(p => new { Branch = p.OrganisationId!.Value, p.PositionTypeId }).Distinct().ToListAsync())
            .ToLookup(p => p.Branch, p => p.PositionTypeId);
        return (required, branches.ToDictionary(b => b, b => names.Where(t => !held[b].Contains(t.Id)).Select(t => t.Name).ToList()), held.Count > 0);
    }

    /// <summary>The year's required material (the first due, set by the organisation or one above it) and the day each branch's circle of it ended.</summary>
    private async Task<(string? Name, Dictionary<Guid, LocalDate> Done)> RequiredCircleAsync(Guid organisationId, List<Guid> branches, int year)
    {
        var offering = await directory.AncestryAsync(organisationId);
        var requirement = await db.StudyRequirements.AsNoTracking()
            .Where(r => offering.Contains(r.OrganisationId) && r.Year == year && r.Kind == RequirementKind.CompleteMaterial && r.MaterialId != null)
            .OrderBy(r => r.DueOn).Select(r => new { r.Name, r.MaterialId, r.DueOn }).FirstOrDefaultAsync();
        if (requirement is null)
        {
            return (null, []);
        }
        var from = new LocalDate(year, 1, 1);
        var done = await db.StudyCircles.AsNoTracking()
            .Where(c => branches.Contains(c.OrganisationId) && c.MaterialId == requirement.MaterialId && c.EndsOn >= from && c.EndsOn <= requirement.DueOn)
            .GroupBy(c => c.OrganisationId).Select(g => new { g.Key, Ended = g.Min(c => c.EndsOn) }).ToDictionaryAsync(g => g.Key, g => g.Ended);
        return (requirement.Name, done);
    }
}
