using System.Text.Json.Serialization;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.PositionTypes;

public sealed class PositionTypeInput
{
    /// <summary>An organisation of the party that gets a new type (its top organisation owns it); a saved type keeps its party.</summary>
    public Guid? OrganisationId { get; set; }
    public string? Name { get; set; }
    public ScopeKind Scope { get; set; } = ScopeKind.Subtree;
    public string? Duties { get; set; }
    public int SortOrder { get; set; } = 100;

    /// <summary>What the type means to the system; left out, a new type's roles are suggested from its name and a saved type keeps its own.</summary>
    public PositionRole[]? Roles { get; set; }
    public long Version { get; set; }

    [JsonIgnore]
    public PositionRole? RoleFlags => Roles?.Aggregate(PositionRole.None, (all, r) => all | r);
}

public sealed record PositionTypeItem(Guid Id, Guid PartyId, string Name, ScopeKind Scope, string? Duties, int SortOrder, long Version, int ActiveHolders,
    [property: JsonIgnore] PositionRole RoleFlags)
{
    public IReadOnlyList<PositionRole> Roles => [.. RoleFlags.Each()];
}

/// <summary>
/// Kinds of office with their standing duties: data every signed-in user of the party reads, administrators keep. Each party (top
/// organisation) has its own; a type of another party is not found.
/// </summary>
public sealed class PositionTypeService(AppDbContext db, Guard guard, OrganisationDirectory directory)
{
    private const string AdministratorsOnly = "Bare systemadministratorer kan endre vervtypene.";

    /// <summary>The types of the party an organisation belongs to, in their order.</summary>
    public async Task<IReadOnlyList<PositionTypeItem>> ListAsync(Guid organisationId) =>
        await directory.PartyOfAsync(organisationId) is { } party ? await Items(db.PositionTypes.Where(t => t.PartyId == party)).ToListAsync() : [];

    /// <summary>The name of the party an organisation belongs to, for the pages to say whose types they show.</summary>
    public async Task<string?> PartyNameAsync(Guid organisationId) =>
        await directory.PartyOfAsync(organisationId) is { } party ? (await directory.FindAsync(party))?.Name : null;

    /// <summary>The types of every party the caller reads (an API call that names no organisation).</summary>
    public async Task<IReadOnlyList<PositionTypeItem>> ListReadableAsync()
    {
        var parties = new List<Guid>();
        foreach (var party in await db.PositionTypes.Select(t => t.PartyId).Distinct().ToListAsync())
        {
            if (await guard.ReadsOrganisation(party))
            {
                parties.Add(party);
            }
        }
        return await Items(db.PositionTypes.Where(t => parties.Contains(t.PartyId))).ToListAsync();
    }

    public async Task<PositionTypeItem?> DetailsAsync(Guid id) =>
        await Items(db.PositionTypes.Where(t => t.Id == id)).SingleOrDefaultAsync() is { } item && await guard.ReadsOrganisation(item.PartyId)
            ? item
            : null;

    public Task<Outcome<PositionTypeItem>> CreateAsync(PositionTypeInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<PositionTypeItem>.Forbidden(AdministratorsOnly);
        }
        if (input.OrganisationId is not { } organisationId || await directory.PartyOfAsync(organisationId) is not { } party)
        {
            return Outcome<PositionTypeItem>.Invalid(nameof(input.OrganisationId), "Velg partiet vervtypen hører til.");
        }
        var type = new PositionType(party, input.Name ?? "", input.Scope, input.Duties, input.SortOrder, input.RoleFlags);
        if (await db.PositionTypes.AnyAsync(t => t.PartyId == party && t.Name == type.Name))
        {
            return Outcome<PositionTypeItem>.Invalid(nameof(input.Name), $"Vervtypen {type.Name} finnes allerede.");
        }
        db.PositionTypes.Add(type);
        await db.SaveChangesAsync();
        return (await DetailsAsync(type.Id))!;
    });

    public Task<Outcome<PositionTypeItem>> UpdateAsync(Guid id, PositionTypeInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<PositionTypeItem>.Forbidden(AdministratorsOnly);
        }
        var type = await db.PositionTypes.SingleOrDefaultAsync(t => t.Id == id);
        if (type is null)
        {
            return Outcome<PositionTypeItem>.NotFound();
        }
        db.ExpectVersion(type, input.Version);
        type.Update(input.Name ?? "", input.Scope, input.Duties, input.SortOrder, input.RoleFlags ?? type.Roles);
        if (await db.PositionTypes.AnyAsync(t => t.PartyId == type.PartyId && t.Name == type.Name && t.Id != id))
        {
            return Outcome<PositionTypeItem>.Invalid(nameof(input.Name), $"Vervtypen {type.Name} finnes allerede.");
        }
        await db.SaveChangesAsync();
        return (await DetailsAsync(id))!;
    });

    private IQueryable<PositionTypeItem> Items(IQueryable<PositionType> types) =>
        types.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new PositionTypeItem(t.Id, t.PartyId, t.Name, t.Scope, t.Duties, t.SortOrder, t.Version,
                db.Positions.Count(p => p.PositionTypeId == t.Id), t.Roles));
}
