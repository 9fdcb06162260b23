using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// The study requirements due between two days that branches have not met yet, as the study leader's reminder and the region
/// contact's digest both need them, and (<see cref="ForFewAsync"/>) met neither yet nor in time, as Min side names them: a
/// requirement set by an organisation applies to every branch below it.
/// </summary>
public static class PendingRequirements
{
    public static async Task<IReadOnlyList<(StudyRequirement Requirement, Guid Branch)>> ForAsync(
        AppDbContext db, Domain.Register.OrganisationTree tree, LocalDate today, IReadOnlySet<Guid> branches, LocalDate from, LocalDate to,
        CancellationToken ct)
    {
        var requirements = await db.StudyRequirements.AsNoTracking().Where(r => r.BodyId == null && r.DueOn >= from && r.DueOn <= to).ToListAsync(ct);
        if (requirements.Count == 0 || branches.Count == 0)
        {
            return [];
        }
        var (first, last) = (new LocalDate(requirements.Min(r => r.Year), 1, 1), new LocalDate(requirements.Max(r => r.Year), 12, 31));
        // Only the branches asked about: Min side asks for one or two, and a national party has tens of thousands of circles a year.
        var ids = branches.ToList();
        var circles = (await db.StudyCircles.AsNoTracking().Where(c => c.BodyId == null && c.EndsOn >= first && c.EndsOn <= last && ids.Contains(c.OrganisationId))
                .Select(c => new CircleFact(c.OrganisationId, c.BodyId, c.MaterialId, c.EndsOn, c.Hours)).ToListAsync(ct))
            .ToLookup(c => c.OrganisationId);
        return [.. requirements
            .SelectMany(r => tree.SelfAndDescendants(r.OrganisationId).Where(branches.Contains).Select(branch => (r, branch)))
            .Where(x => x.r.StatusFor(circles[x.branch], today).State == RequirementState.Pending)];
    }

    /// <summary>
    /// The same for a handful of branches (Min side's own) in one round trip, with those missed too: the requirements of their ancestry,
    /// each beside each branch with its circles of the period, judged as above (pairs a branch's ancestry does not reach dropped by the tree).
    /// </summary>
    public static async Task<IReadOnlyList<(StudyRequirement Requirement, Guid Branch)>> ForFewAsync(
        AppDbContext db, Domain.Register.OrganisationTree tree, LocalDate today, IReadOnlySet<Guid> branches, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var ids = branches.ToList();
        var ancestry = ids.SelectMany(b => tree.Ancestors(b).Prepend(b)).Distinct().ToList();
        var (first, last) = (new LocalDate(from.Year, 1, 1), new LocalDate(to.Year, 12, 31));
        // Each requirement of the ancestry beside each branch (a cross join of a few rows), with the branch's circles joined by its key.
        var rows = await db.StudyRequirements.AsNoTracking()
            .Where(r => r.BodyId == null && r.DueOn >= from && r.DueOn <= to && ancestry.Contains(r.OrganisationId))
            .SelectMany(r => db.Organisations.Where(o => ids.Contains(o.Id)), (r, o) => new { Requirement = r, Branch = o.Id })
            .Select(x => new
            {
                x.Requirement, x.Branch,
                Circles = db.StudyCircles.Where(c => c.OrganisationId == x.Branch && c.BodyId == null && c.EndsOn >= first && c.EndsOn <= last)
                    .Select(c => new CircleFact(c.OrganisationId, c.BodyId, c.MaterialId, c.EndsOn, c.Hours)).ToList(),
            }).ToListAsync(ct);
        return [.. rows
            .Where(x => tree.IsSelfOrDescendant(x.Branch, x.Requirement.OrganisationId)
                && x.Requirement.StatusFor(x.Circles, today).State is RequirementState.Pending or RequirementState.Missed)
            .Select(x => (x.Requirement, x.Branch))];
    }
}
