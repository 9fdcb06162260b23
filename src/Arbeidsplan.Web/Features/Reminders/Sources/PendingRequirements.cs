using Arbeidsplan.Domain.Study;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders.Sources;

/// <summary>
/// The study requirements due between two days that branches have not met yet, as the study leader's reminder and the region
/// contact's digest both need them (Min side names
/// those missed too): a requirement set by an organisation applies to every branch below it.
/// </summary>
public static class PendingRequirements
{
    public static async Task<IReadOnlyList<(StudyRequirement Requirement, Guid Branch)>> ForAsync(
        AppDbContext db, Domain.Register.OrganisationTree tree, LocalDate today, IReadOnlySet<Guid> branches, LocalDate from, LocalDate to,
        CancellationToken ct, bool missedToo = false)
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
        RequirementState[] open = missedToo ? [RequirementState.Pending, RequirementState.Missed] : [RequirementState.Pending];
        return [.. requirements
            .SelectMany(r => tree.SelfAndDescendants(r.OrganisationId).Where(branches.Contains).Select(branch => (r, branch)))
            .Where(x => open.Contains(x.r.StatusFor(circles[x.branch], today).State))];
    }
}
