using System.Text.Json.Serialization;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.PositionTypes;

public sealed class PositionTypeInput
{
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

public sealed record PositionTypeItem(Guid Id, string Name, ScopeKind Scope, string? Duties, int SortOrder, long Version, int ActiveHolders,
    [property: JsonIgnore] PositionRole RoleFlags)
{
    public IReadOnlyList<PositionRole> Roles => [.. RoleFlags.Each()];
}

/// <summary>Kinds of office with their standing duties: data every signed-in user reads, administrators keep.</summary>
public sealed class PositionTypeService(AppDbContext db, Guard guard)
{
    public async Task<IReadOnlyList<PositionTypeItem>> ListAsync() =>
        await db.PositionTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new PositionTypeItem(t.Id, t.Name, t.Scope, t.Duties, t.SortOrder, t.Version, db.Positions.Count(p => p.PositionTypeId == t.Id), t.Roles))
            .ToListAsync();

    public async Task<PositionTypeItem?> DetailsAsync(Guid id) =>
        await db.PositionTypes.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new PositionTypeItem(t.Id, t.Name, t.Scope, t.Duties, t.SortOrder, t.Version, db.Positions.Count(p => p.PositionTypeId == t.Id), t.Roles))
            .SingleOrDefaultAsync();

    public Task<Outcome<PositionTypeItem>> CreateAsync(PositionTypeInput input) => Outcome.Try(async () =>
    {
        if (!await guard.IsAdministrator())
        {
            return Outcome<PositionTypeItem>.Forbidden("Bare systemadministratorer kan endre vervtypene.");
        }
        var type = new PositionType(input.Name ?? "", input.Scope, input.Duties, input.SortOrder, input.RoleFlags);
        if (await db.PositionTypes.AnyAsync(t => t.Name == type.Name))
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
            return Outcome<PositionTypeItem>.Forbidden("Bare systemadministratorer kan endre vervtypene.");
        }
        var type = await db.PositionTypes.SingleOrDefaultAsync(t => t.Id == id);
        if (type is null)
        {
            return Outcome<PositionTypeItem>.NotFound();
        }
        db.ExpectVersion(type, input.Version);
        type.Update(input.Name ?? "", input.Scope, input.Duties, input.SortOrder, input.RoleFlags ?? type.Roles);
        if (await db.PositionTypes.AnyAsync(t => t.Name == type.Name && t.Id != id))
        {
            return Outcome<PositionTypeItem>.Invalid(nameof(input.Name), $"Vervtypen {type.Name} finnes allerede.");
        }
        await db.SaveChangesAsync();
        return (await DetailsAsync(id))!;
    });
}
