using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// A list an election asks for: a municipality's (in a local election) or the county's own, with the organisation that answers for
/// it: the branch covering the municipality, the county where none does, the list owner for the county's list.
/// </summary>
/// <param name="Municipality">Null for the county's own list and a constituency's.</param>
/// <param name="Constituency">The constituency whose list it is, in an election with constituencies of its own.</param>
public sealed record NominationList(Guid County, Guid? Municipality, string Name, Guid Owner, Guid? Constituency = null)
{
    /// <summary>What the list is for beside its county: the municipality or the constituency; null for the county's own list.</summary>
    public Guid? Area => Municipality ?? Constituency;

    public ListKey Key => new(County, Municipality, Constituency);

    /// <summary>
    /// Every list of the election: a row per municipality the counties under its organisation answer for (in a local election),
    /// and each county's own list (the county council's, where counties share one the umbrella's; a constituency's otherwise).
    /// </summary>
    /// <param name="answered">The municipalities each county answers for, with the municipality's name.</param>
    /// <param name="branches">The branches and the municipality each covers.</param>
    /// <param name="nameOf">An organisation's name, for the county's own list.</param>
    /// <param name="constituencies">The constituencies of the elections, each with the organisation that fields its list: where the
    /// election has any, they are its lists instead of the counties' own.</param>
    public static IReadOnlyList<NominationList> Of(Election election, IEnumerable<(Guid County, Guid Municipality, string Name)> answered,
        IEnumerable<(Guid Branch, Guid Municipality)> branches, OrganisationTree tree, IReadOnlyDictionary<Guid, OrganisationKind> kinds, Func<Guid, string> nameOf,
        IEnumerable<Constituency>? constituencies = null)
    {
        var own = (constituencies ?? []).Where(c => c.ElectionId == election.Id && tree.IsSelfOrDescendant(c.OrganisationId, election.OrganisationId)).ToList();
        if (election.Kind == ElectionKind.Sameting && own.Count > 0)
        {
            return [.. own.OrderBy(c => c.Number).Select(c => new NominationList(c.OrganisationId, null, $"{c.Name} ({nameOf(c.OrganisationId)})", c.OrganisationId, c.Id))];
        }
        var mine = answered.Where(a => tree.IsSelfOrDescendant(a.County, election.OrganisationId)).ToList();
        var covering = branches.ToLookup(b => b.Municipality, b => b.Branch);
        var lists = election.Kind != ElectionKind.Local ? [] : mine
            .Select(a => new NominationList(a.County, a.Municipality, a.Name,
                covering[a.Municipality].Where(b => tree.IsSelfOrDescendant(b, a.County)).DefaultIfEmpty(a.County).First()))
            .ToList();
        foreach (var owner in mine.Select(a => election.Kind.ListOwner(a.County, tree, kinds)).Distinct())
        {
            lists.Add(new NominationList(owner, null, $"{election.Kind.CountyList()} ({nameOf(owner)})", owner));
        }
        return lists;
    }
}
