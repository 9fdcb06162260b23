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

    /// <summary>
    /// Where the figures of these branches come from: the organisation's own line when it or one above it imports; for an umbrella that
    /// imports nothing itself (Innlandet over Hedmark and Oppland), each branch's nearest importer below it, so the umbrella adds up
    /// its counties' registers. One group per importer; branches with none are a group of their own with no snapshots.
    /// </summary>
    public async Task<IReadOnlyList<FigureSource>> SourcesAsync(Guid organisationId, IReadOnlyList<Guid> branches, int take = 60)
    {
        if (await ForAsync(organisationId, take) is { Count: > 0 } own)
        {
            return [new FigureSource(own[0].OrganisationId, own, branches)];
        }
        var tree = await directory.TreeAsync();
        var below = tree.SelfAndDescendants(organisationId).ToList();
        var importers = (await db.MemberSnapshots.AsNoTracking().Where(s => EF.Parameter(below).Contains(s.OrganisationId)).Select(s => s.OrganisationId).Distinct().ToListAsync())
            .ToHashSet();
        if (importers.Count == 0)
        {
            return [new FigureSource(null, [], branches)];
        }
        var sources = new List<FigureSource>();
        foreach (var group in branches.GroupBy(b => tree.Ancestors(b).Prepend(b).TakeWhile(a => a != organisationId).Cast<Guid?>()
            .FirstOrDefault(a => importers.Contains(a!.Value))))
        {
            IReadOnlyList<MemberSnapshot> snapshots = group.Key is { } importer
                ? await db.MemberSnapshots.AsNoTracking().Where(s => s.OrganisationId == importer).NewestFirst().Take(take).ToListAsync()
                : [];
            sources.Add(new FigureSource(group.Key, snapshots, [.. group]));
        }
        return sources;
    }
}

/// <summary>The snapshots, newest first, that a group of branches' member figures come from, and whose they are (null: nobody imports for them).</summary>
public sealed record FigureSource(Guid? Importer, IReadOnlyList<MemberSnapshot> Snapshots, IReadOnlyList<Guid> Branches);

internal static class SnapshotOrder
{
    /// <summary>By date, then the later import of the same date: the one order the lists, the lapsed count and the kept rolls all agree on.</summary>
    public static IOrderedQueryable<MemberSnapshot> NewestFirst(this IQueryable<MemberSnapshot> snapshots) =>
        snapshots.OrderByDescending(s => s.TakenOn).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id);
}
