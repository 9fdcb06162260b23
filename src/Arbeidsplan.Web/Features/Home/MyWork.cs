using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Domain.Meetings;
using Arbeidsplan.Domain.Plans;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Meetings;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Reports;
using Arbeidsplan.Web.Features.Reminders.Sources;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Home;

/// <summary>
/// What is the signed-in person's to do, for Min side: the measures they own that are due this month or overdue (owned as the
/// reminders own them), their meetings and the notices theirs to send (<see cref="MyMeetings"/>), the branches they follow up that have open flags or no
/// annual meeting this year, and the study requirements their branches have not met. Read from the offices they hold today, in a
/// handful of queries however large the party is.
/// </summary>
public sealed class MyWork(AppDbContext db, CurrentAccess access, Guard guard, OrganisationDirectory directory, MyMeetings meetings, IClock clock)
{
    private static readonly MeasureStatus[] Open = [MeasureStatus.NotStarted, MeasureStatus.UnderWay, MeasureStatus.Postponed];
    private static readonly Guid AnnualMeeting = EventKind.IdOf(EventKind.AnnualMeeting);

    public async Task<MyWorkView> ForMeAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        // A standing invitation by name calls a person who holds no office.
        var mine = await meetings.MineAsync();
        var offices = (await access.OfficesAsync()).ToList();
        if (offices.Count == 0)
        {
            return MyWorkView.Empty with { Meetings = mine.Coming };
        }
        var tree = await directory.TreeAsync();
        return new MyWorkView(await MeasuresAsync(offices, tree, today, ct), mine.Notices, mine.Coming, await BranchesAsync(offices, today, ct),
            await RequirementsAsync(offices, tree, today, ct));
    }

    /// <summary>
    /// A measure is mine when I hold its owning position in the plan's organisation, or in one below when nobody holds it in the plan's;
    /// when I sit on its owning body; or when I lead its owning organisation.
    /// </summary>
    private async Task<IReadOnlyList<MyMeasure>> MeasuresAsync(List<Office> offices, OrganisationTree tree, LocalDate today, CancellationToken ct)
    {
        var monthEnd = today.With(DateAdjusters.EndOfMonth);
        var typed = offices.Where(o => o.OrganisationId is not null).ToList();
        var types = typed.Select(o => (Guid?)o.TypeId).Distinct().ToList();
        var planOrganisations = typed.SelectMany(o => tree.Ancestors(o.OrganisationId!.Value).Prepend(o.OrganisationId!.Value)).Distinct().ToList();
        var bodies = offices.Where(o => o.BodyId is not null).Select(o => (Guid?)o.BodyId).Distinct().ToList();
        var led = typed.Where(o => (o.Roles & PositionRole.Leads) != 0).Select(o => (Guid?)o.OrganisationId).Distinct().ToList();
        var rows = await db.Measures.AsNoTracking()
            .Where(m => m.DueOn != null && m.DueOn <= monthEnd && Open.Contains(m.Status)
                && (types.Contains(m.OwnerPositionTypeId) || bodies.Contains(m.OwnerBodyId) || led.Contains(m.OwnerOrganisationId)))
            .Join(db.Plans.Where(p => (p.State == PlanState.Adopted || p.State == PlanState.Revised) && planOrganisations.Contains(p.OrganisationId)),
                m => m.PlanId, p => p.Id, (m, p) => new
                {
                    m.Id, m.PlanId, m.Code, m.Text, DueOn = m.DueOn!.Value, m.Status, m.OwnerPositionTypeId, m.OwnerBodyId, m.OwnerOrganisationId,
                    p.OrganisationId, PlanTitle = p.Title,
                })
            .OrderBy(m => m.DueOn).Take(200)
            .ToListAsync(ct);
        // Above my own organisation, a position owns the measure only where nobody holds it in the plan's organisation itself.
        var above = rows.Where(r => r.OwnerPositionTypeId is not null).Select(r => r.OrganisationId).Distinct().ToList();
        var heldAbove = above.Count == 0 ? new HashSet<(Guid PositionTypeId, Guid Organisation)>() : (await db.Positions.AsNoTracking()
            .Where(p => p.OrganisationId != null && above.Contains(p.OrganisationId.Value) && types.Contains(p.PositionTypeId)
                && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today))
            .Select(p => new { p.PositionTypeId, Organisation = p.OrganisationId!.Value }).ToListAsync(ct))
            .Select(p => (p.PositionTypeId, p.Organisation)).ToHashSet();
        bool Mine(Guid type, Guid planOrganisation) => typed.Any(o => o.TypeId == type
            && (o.OrganisationId == planOrganisation || (tree.IsSelfOrDescendant(o.OrganisationId!.Value, planOrganisation) && !heldAbove.Contains((type, planOrganisation)))));
        return [.. rows
            .Where(r => r.OwnerPositionTypeId is { } type ? Mine(type, r.OrganisationId)
                : r.OwnerBodyId is not null ? bodies.Contains(r.OwnerBodyId) : led.Contains(r.OwnerOrganisationId))
            .Take(30)
            .Select(r => new MyMeasure(r.PlanId, r.Id, $"{r.Code} {r.Text}".Trim(), r.DueOn, r.DueOn < today, r.Status.Label(), r.PlanTitle))];
    }

    /// <summary>For a region contact, the region's branches with an open flag or no annual meeting held this year.</summary>
    private async Task<IReadOnlyList<WatchedBranch>> BranchesAsync(List<Office> offices, LocalDate today, CancellationToken ct)
    {
        var regions = offices.Where(o => o.RegionId is not null && (o.Roles & PositionRole.RegionContact) != 0).Select(o => o.RegionId).Distinct().ToList();
        if (regions.Count == 0)
        {
            return [];
        }
        var branches = (await directory.AllAsync()).Where(o => o.Kind == OrganisationKind.Local && regions.Contains(o.RegionId)).ToList();
        var ids = branches.Select(b => b.Id).ToList();
        var yearStart = new LocalDate(today.Year, 1, 1);
        // Per branch, whether its annual meeting is held (an event it hosts, wherever stored) and its open flags: one query.
        var facts = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new
            {
                o.Id,
                Held = db.Events.Any(e => e.KindId == AnnualMeeting && e.Status == EventStatus.Confirmed && e.StartDate >= yearStart && e.StartDate <= today
                    && (e.HostId == o.Id || (e.HostId == null && e.OrganisationId == o.Id))),
                Flags = db.BranchFlags.Count(f => f.BranchId == o.Id && f.ClosedOn == null),
            }).ToDictionaryAsync(f => f.Id, ct);
        return [.. branches
            .Select(b => new WatchedBranch(b.Id, b.ShortName ?? b.Name, facts.GetValueOrDefault(b.Id)?.Flags ?? 0, facts.GetValueOrDefault(b.Id)?.Held ?? false))
            .Where(b => b.OpenFlags > 0 || !b.AnnualMeetingHeld)
            .OrderBy(b => b.Name, NorwegianText.Comparer)];
    }

    /// <summary>This year's study requirements, due or missed, not met by a branch where I hold an office.</summary>
    private async Task<IReadOnlyList<UnmetRequirement>> RequirementsAsync(List<Office> offices, OrganisationTree tree, LocalDate today, CancellationToken ct)
    {
        var all = await directory.AllAsync();
        var mine = offices.Where(o => o.OrganisationId is not null).Select(o => o.OrganisationId!.Value)
            .Where(id => all.Any(a => a.Id == id && a.Kind == OrganisationKind.Local)).ToHashSet();
        if (mine.Count == 0)
        {
            return [];
        }
        var names = all.Where(a => mine.Contains(a.Id)).ToDictionary(a => a.Id, a => a.ShortName ?? a.Name);
        var unmet = await PendingRequirements.ForFewAsync(db, tree, today, mine, new LocalDate(today.Year, 1, 1), new LocalDate(today.Year, 12, 31), ct);
        return [.. unmet.OrderBy(u => u.Requirement.DueOn).Select(u => new UnmetRequirement(u.Branch, names[u.Branch], u.Requirement.Name, u.Requirement.DueOn,
            u.Requirement.DueOn < today))];
    }

    /// <summary>
    /// The chosen organisation at a glance, with where its annual report for the year stands, in one query (the parent's name from the
    /// request's organisation list); null when the actor does not cover it.
    /// </summary>
    public async Task<(OrganisationGlance Glance, ReportStatus Report)?> GlanceAsync(Guid id, int reportYear)
    {
        if (!await guard.CoversOrganisation(id) || await directory.FindAsync(id) is not { } organisation)
        {
            return null;
        }
        var today = clock.Today();
        var row = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new
        {
            Children = db.Organisations.Count(c => c.ParentId == o.Id),
            Bodies = db.Bodies.Count(b => b.OrganisationId == o.Id),
            Positions = db.Positions.Count(p => p.OrganisationId == o.Id && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today)),
            State = db.AnnualReports.Where(r => r.OrganisationId == o.Id && r.Year == reportYear).Select(r => (ReportState?)r.State).FirstOrDefault(),
            AdoptedOn = db.AnnualReports.Where(r => r.OrganisationId == o.Id && r.Year == reportYear).Select(r => r.AdoptedOn).FirstOrDefault(),
            Written = db.ReportTexts.Count(t => db.AnnualReports.Any(r => r.Id == t.ReportId && r.OrganisationId == o.Id && r.Year == reportYear)),
        }).SingleAsync();
        var parent = organisation.ParentId is { } parentId ? (await directory.FindAsync(parentId))?.Name : null;
        return (new OrganisationGlance(id, organisation.Name, organisation.Kind, parent, row.Children, row.Bodies, row.Positions),
            new ReportStatus(id, reportYear, row.State ?? ReportState.Draft, row.AdoptedOn, row.Written));
    }

    /// <summary>
    /// The organisation's next five events it organises (wherever they are stored: a county's board meetings may live in its umbrella's
    /// date plan), series expanded, for those who read its date plan; events only a body sees are left to the date plan itself.
    /// </summary>
    public async Task<IReadOnlyList<NextEvent>> NextEventsAsync(Guid organisationId, CancellationToken ct = default)
    {
        var today = clock.Today();
        var window = new DateInterval(today, today.PlusDays(90));
        var events = await db.Events.AsNoTracking().Include(e => e.Exceptions)
            .Where(Event.OrganisedBy(organisationId)).Where(e => e.Status == EventStatus.Confirmed && e.Visibility != EventVisibility.Body
                && e.StartDate <= window.End && (e.RepeatFrequency != null ? e.RepeatUntil == null || e.RepeatUntil >= window.Start : e.EndDate >= window.Start))
            .OrderBy(e => e.StartDate).Take(200)
            .ToListAsync(ct);
        return [.. events.SelectMany(e => e.OccurrencesIn(window))
            .OrderBy(o => o.When.StartDate).ThenBy(o => o.When.StartTime)
            .Take(5)
            .Select(o => new NextEvent(o.Event.Id, o.Event.Title, o.When.StartDate, o.When.StartTime, o.Event.Place))];
    }
}
