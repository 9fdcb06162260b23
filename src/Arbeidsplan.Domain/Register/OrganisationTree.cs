namespace Arbeidsplan.Domain.Register;

/// <summary>The parent links of the whole tree, small enough to hold in memory, for rules about ancestry.</summary>
public sealed class OrganisationTree
{
    private readonly Dictionary<Guid, Guid?> parentOf;
    private readonly ILookup<Guid, Guid> childrenOf;

    public OrganisationTree(IEnumerable<(Guid Id, Guid? ParentId)> links)
    {
        parentOf = links.ToDictionary(l => l.Id, l => l.ParentId);
        childrenOf = parentOf.Where(p => p.Value is not null).ToLookup(p => p.Value!.Value, p => p.Key);
    }

    public bool Contains(Guid id) => parentOf.ContainsKey(id);

    public Guid? ParentOf(Guid id) => parentOf.GetValueOrDefault(id);

    /// <summary>True when <paramref name="candidate"/> is <paramref name="ancestor"/> or lies somewhere under it.</summary>
    public bool IsSelfOrDescendant(Guid candidate, Guid ancestor)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } id && seen.Add(id); current = ParentOf(id))
        {
            if (id == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    public IEnumerable<Guid> SelfAndDescendants(Guid id)
    {
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>([id]);
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }
            yield return current;
            foreach (var child in childrenOf[current])
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The top of the tree an organisation belongs to: its party (or federation), which owns the position types.</summary>
    public Guid RootOf(Guid id) => Ancestors(id).LastOrDefault(id);

    public IEnumerable<Guid> Ancestors(Guid id)
    {
        var seen = new HashSet<Guid> { id };
        for (var current = ParentOf(id); current is { } parent && seen.Add(parent); current = ParentOf(parent))
        {
            yield return parent;
        }
    }
}
