using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>The regions of one organisation (a county), as a region picker groups them.</summary>
public sealed record RegionGroup(string Organisation, IReadOnlyList<NamedItem> Regions)
{
    /// <summary>
    /// The regions a picker offers: of the organisations the user sees; when the form has chosen an organisation, only those of it and
    /// the organisations above it (its county's); the region already chosen is always kept.
    /// </summary>
    public static async Task<IReadOnlyList<RegionGroup>> ForAsync(AppDbContext db, IReadOnlyDictionary<Guid, string> visible, IReadOnlyCollection<Guid>? ancestry,
        Guid? selected)
    {
        var all = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name, r.OrganisationId }).ToListAsync();
        return [.. all.Where(r => r.Id == selected || (visible.ContainsKey(r.OrganisationId) && (ancestry is null || ancestry.Contains(r.OrganisationId))))
            .GroupBy(r => visible.GetValueOrDefault(r.OrganisationId, ""))
            .OrderBy(g => g.Key, NorwegianText.Comparer)
            .Select(g => new RegionGroup(g.Key, [.. g.OrderBy(r => r.Name, NorwegianText.Comparer).Select(r => new NamedItem(r.Id, r.Name))]))];
    }
}
