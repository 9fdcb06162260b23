using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>
/// The request's list of every organisation, read once and shared by access, the layout and the features (a national party has
/// a few thousand rows; the tree rules in <see cref="OrganisationTree"/> need all the parent links anyway). It checks no access:
/// what a user may see is <c>Access</c>'s business, which reads the tree from here. When the register's stamp was read with the
/// signed-in user (<see cref="StampIs"/>), the instance's copy of the register answers while the stamp is the same, and no
/// organisation is read.
/// </summary>
public sealed class OrganisationDirectory(AppDbContext db, OrganisationRegisterCopy copy)
{
    private IReadOnlyList<OrganisationSummary>? all;
    private Dictionary<Guid, OrganisationSummary>? byId;
    private OrganisationTree? tree;
    private (bool Known, string? Value) stamp;
    private IReadOnlyList<(Guid County, Guid Municipality, string Name)>? answered;
    private IReadOnlyList<Constituency>? constituencies;

    /// <summary>The register's stamp as the database has it in this request (read beside the user, in the same query).</summary>
    public void StampIs(string? value) => stamp = (true, value);

    public async Task<IReadOnlyList<OrganisationSummary>> AllAsync()
    {
        if (all is not null)
        {
            return all;
        }
        if (stamp.Known && copy.Of(stamp.Value) is { } kept)
        {
            (all, byId, tree) = (kept.All, kept.ById, kept.Tree);
            return all;
        }
        // Read after the stamp: the rows are at least as new as it, so a copy kept under it is never older than what it names.
        all = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.ShortName, o.Kind, o.ParentId, o.RegionId) { MunicipalityId = o.MunicipalityId }).ToListAsync();
        if (stamp.Known)
        {
            var read = copy.Keep(stamp.Value, all);
            (byId, tree) = (read.ById, read.Tree);
        }
        return all;
    }

    public async Task<OrganisationSummary?> FindAsync(Guid id) => (await ByIdAsync()).GetValueOrDefault(id);

    public async Task<OrganisationTree> TreeAsync() => tree ??= new OrganisationTree((await AllAsync()).Select(o => (o.Id, o.ParentId)));

    /// <summary>The organisation whose branches are followed up: a chosen branch (a region contact's or a local leader's own) means the county above it.</summary>
    public async Task<Guid> FollowedUpFromAsync(Guid organisationId) =>
        await FindAsync(organisationId) is { Kind: OrganisationKind.Local, ParentId: { } parent } ? parent : organisationId;

    /// <summary>The party an organisation belongs to (its top organisation, which owns the position types); null when it does not exist.</summary>
    public async Task<Guid?> PartyOfAsync(Guid organisationId) =>
        (await ByIdAsync()).ContainsKey(organisationId) ? (await TreeAsync()).RootOf(organisationId) : null;

    /// <summary>The organisation and those above it: whose materials, requirements and settings apply to it.</summary>
    public async Task<List<Guid>> AncestryAsync(Guid organisationId)
    {
        var known = await ByIdAsync();
        if (!known.ContainsKey(organisationId))
        {
            return [];
        }
        return [organisationId, .. (await TreeAsync()).Ancestors(organisationId)];
    }

    /// <summary>The organisations of a kind below an organisation: the ones a statutory window or a member import applies to.</summary>
    public async Task<IReadOnlyList<OrganisationSummary>> BelowAsync(Guid organisationId, OrganisationKind kind)
    {
        var known = await ByIdAsync();
        return (await TreeAsync()).SelfAndDescendants(organisationId).Where(id => id != organisationId)
            .Select(id => known[id]).Where(o => o.Kind == kind).ToList();
    }

    /// <summary>The branches that cover a municipality, with it: what the nomination lists are made from besides the counties' municipalities.</summary>
    public async Task<IReadOnlyList<(Guid Branch, Guid Municipality)>> MunicipalBranchesAsync() =>
        [.. (await AllAsync()).Where(o => o.Kind == OrganisationKind.Local && o.MunicipalityId is not null).Select(o => (o.Id, o.MunicipalityId!.Value))];

    /// <summary>
    /// What the nomination lists are made from (<see cref="NominationListSource"/>): the municipalities each county answers for, the
    /// branches covering a municipality and the elections' constituencies, all kept with the register's copy under its stamp.
    /// </summary>
    public async Task<NominationListSource> NominationListSourceAsync(CancellationToken ct = default) =>
        new(await AnsweredMunicipalitiesAsync(ct), await MunicipalBranchesAsync(), await ConstituenciesAsync(ct));

    /// <summary>The municipalities each county answers for, with their names.</summary>
    public async Task<IReadOnlyList<(Guid County, Guid Municipality, string Name)>> AnsweredMunicipalitiesAsync(CancellationToken ct = default) =>
        answered ??= await KeptAsync<IReadOnlyList<(Guid County, Guid Municipality, string Name)>>(k => k.Answered, (k, v) => k.Answered = v, async () => [.. (await db.CountyMunicipalities.AsNoTracking()
                .Join(db.Municipalities, a => a.MunicipalityId, m => m.Id, (a, m) => new { a.OrganisationId, m.Id, m.Name }).ToListAsync(ct))
            .Select(a => (a.OrganisationId, a.Id, a.Name))]);

    /// <summary>Every election's constituencies (a Storting election's 19, the Sámi parliament's 7): a few hundred rows at most.</summary>
    public async Task<IReadOnlyList<Constituency>> ConstituenciesAsync(CancellationToken ct = default) =>
        constituencies ??= await KeptAsync<IReadOnlyList<Constituency>>(k => k.Constituencies, (k, v) => k.Constituencies = v, async () => await db.Constituencies.AsNoTracking().ToListAsync(ct));

    /// <summary>
    /// A part of the register kept beside the copy read under the request's stamp, which a change of its rows moves too
    /// (<see cref="AppDbContext"/> stamps them); read from the database when there is no such copy.
    /// </summary>
    private async Task<T> KeptAsync<T>(Func<OrganisationRegisterCopy.Kept, T?> get, Action<OrganisationRegisterCopy.Kept, T> set, Func<Task<T>> read)
        where T : class
    {
        var kept = stamp.Known ? copy.Of(stamp.Value) : null;
        if (kept is not null && get(kept) is { } known)
        {
            return known;
        }
        var value = await read();
        if (kept is not null)
        {
            set(kept, value);
        }
        return value;
    }

    private async Task<Dictionary<Guid, OrganisationSummary>> ByIdAsync() => byId ??= (await AllAsync()).ToDictionary(o => o.Id);
}
