using Arbeidsplan.Domain.Members;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// Whose snapshots an organisation's member figures come from: its own, or else those of the nearest organisation above it that imports
/// the register, as when the national office imports one export for every county.
/// </summary>
public sealed class RegisterSnapshots(AppDbContext db, OrganisationDirectory directory)
{
    /// <summary>The newest snapshots first. One query: enough rows of the whole line upwards that the nearest importer's recent ones are among them.</summary>
    public async Task<IReadOnlyList<MemberSnapshot>> ForAsync(Guid organisationId, int take = 60, bool importsOnly = false)
    {
        var ancestry = await directory.AncestryAsync(organisationId);
        var found = await db.MemberSnapshots.AsNoTracking().Where(s => ancestry.Contains(s.OrganisationId) && (!importsOnly || s.Source == SnapshotSource.Import)).NewestFirst()
            .Take(take * Math.Max(1, ancestry.Count)).ToListAsync();
        var nearest = ancestry.FirstOrDefault(a => found.Any(s => s.OrganisationId == a));
        return found.Where(s => s.OrganisationId == nearest).Take(take).ToList();
    }
}

internal static class SnapshotOrder
{
    /// <summary>By date, then the later import of the same date: the one order the lists, the lapsed count and the kept rolls all agree on.</summary>
    public static IOrderedQueryable<MemberSnapshot> NewestFirst(this IQueryable<MemberSnapshot> snapshots) =>
        snapshots.OrderByDescending(s => s.TakenOn).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id);
}
