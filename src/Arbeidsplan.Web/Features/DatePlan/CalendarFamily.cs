using Arbeidsplan.Domain.Register;
using Arbeidsplan.Domain.Scheduling;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.DatePlan;

public sealed record OrgRow(Guid Id, Guid? ParentId, OrganisationKind Kind, string Name, string? ShortName, Guid? RegionId = null)
{
    public string DisplayName => ShortName ?? Name;
}

/// <summary>
/// Whose events an organisation's date plan shows, as Innlandet's plan does: its own, those of the levels above it and their
/// affiliates (the national party, Senterungdommen), and those below it except the local branches (unless asked for).
/// </summary>
public sealed class CalendarFamily(AppDbContext db)
{
    private IReadOnlyList<OrgRow>? all;

    public async Task<IReadOnlyList<OrgRow>> AllAsync() =>
        all ??= await db.Organisations.AsNoTracking().Select(o => new OrgRow(o.Id, o.ParentId, o.Kind, o.Name, o.ShortName, o.RegionId)).ToListAsync();

    public async Task<OrgRow?> FindAsync(Guid id) => (await AllAsync()).FirstOrDefault(o => o.Id == id);

    public async Task<IReadOnlyList<OrgRow>> OfAsync(Guid organisationId, bool withBranches)
    {
        var rows = await AllAsync();
        var byId = rows.ToDictionary(r => r.Id);
        if (!byId.TryGetValue(organisationId, out var self))
        {
            return [];
        }
        var family = new Dictionary<Guid, OrgRow> { [self.Id] = self };
        for (var up = self.ParentId; up is { } id && byId.TryGetValue(id, out var parent); up = parent.ParentId)
        {
            family[parent.Id] = parent;
            foreach (var affiliate in rows.Where(r => r.ParentId == parent.Id && r.Kind == OrganisationKind.Affiliate))
            {
                family[affiliate.Id] = affiliate;
            }
        }
        var children = rows.ToLookup(r => r.ParentId);
        var stack = new Stack<Guid>([self.Id]);
        while (stack.TryPop(out var id))
        {
            foreach (var child in children[id].Where(c => withBranches || c.Kind != OrganisationKind.Local))
            {
                family[child.Id] = child;
                stack.Push(child.Id);
            }
        }
        return family.Values.ToList();
    }

    /// <summary>The organisation whose branches are followed up: a chosen branch (a region contact's or a local leader's own) means the county above it.</summary>
    public async Task<Guid> FollowedUpFromAsync(Guid organisationId) =>
        await FindAsync(organisationId) is { Kind: OrganisationKind.Local, ParentId: { } parent } ? parent : organisationId;

    /// <summary>The organisation and those above it: whose materials and requirements apply to it.</summary>
    public async Task<List<Guid>> AncestryAsync(Guid organisationId)
    {
        var byId = (await AllAsync()).ToDictionary(o => o.Id);
        var chain = new List<Guid>();
        for (Guid? id = organisationId; id is { } current && byId.TryGetValue(current, out var row); id = row.ParentId)
        {
            chain.Add(current);
        }
        return chain;
    }

    /// <summary>The organisations of a kind below an organisation: the ones a statutory window applies to.</summary>
    public async Task<IReadOnlyList<OrgRow>> BelowAsync(Guid organisationId, OrganisationKind kind)
    {
        var rows = await AllAsync();
        var children = rows.ToLookup(r => r.ParentId);
        var found = new List<OrgRow>();
        var stack = new Stack<Guid>([organisationId]);
        while (stack.TryPop(out var id))
        {
            foreach (var child in children[id])
            {
                if (child.Kind == kind)
                {
                    found.Add(child);
                }
                stack.Push(child.Id);
            }
        }
        return found;
    }

    public static IReadOnlyList<OrganiserCandidate> Candidates(IEnumerable<OrgRow> family) =>
        family.Select(o => new OrganiserCandidate(o.Id, o.Name, o.ShortName, o.Kind)).ToList();
}
