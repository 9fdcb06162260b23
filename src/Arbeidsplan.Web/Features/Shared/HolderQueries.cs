using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// Lists who holds which position, for an organisation, a body, a region or a person, in one query each: the register's pages show
/// each other's holders through this read model, so none of them depends on another's folder.
/// </summary>
public sealed class HolderQueries(AppDbContext db, IClock clock)
{
    public Task<IReadOnlyList<HolderItem>> ForOrganisationAsync(Guid organisationId) =>
        ListAsync(db.Positions.Where(p => p.OrganisationId == organisationId));

    public Task<IReadOnlyList<HolderItem>> ForBodyAsync(Guid bodyId) =>
        ListAsync(db.Positions.Where(p => p.BodyId == bodyId));

    public Task<IReadOnlyList<HolderItem>> ForRegionAsync(Guid regionId) =>
        ListAsync(db.Positions.Where(p => p.RegionId == regionId));

    /// <summary>A person's positions with where they are held, for the person page.</summary>
    public async Task<IReadOnlyList<PersonPositionItem>> ForPersonAsync(Guid personId)
    {
        var today = clock.Today();
        var rows = await db.Positions.AsNoTracking().Where(p => p.PersonId == personId)
            .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new
            {
                p.Id, TypeId = t.Id, TypeName = t.Name, p.OrganisationId, p.BodyId, p.RegionId, p.Term,
                OrganisationName = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                BodyName = db.Bodies.Where(b => b.Id == p.BodyId)
                    .Select(b => b.Name + ", " + db.Organisations.Where(o => o.Id == b.OrganisationId).Select(o => o.Name).First()).FirstOrDefault(),
                RegionName = db.Regions.Where(r => r.Id == p.RegionId).Select(r => r.Name).FirstOrDefault(),
            })
            .ToListAsync();
        return rows
            .OrderByDescending(r => r.Term.IsActiveOn(today)).ThenByDescending(r => r.Term.From)
            .Select(r => new PersonPositionItem(r.Id, r.TypeId, r.TypeName,
                r.BodyName ?? r.OrganisationName ?? "",
                r.BodyId is { } b ? $"/organer/{b}" : $"/organisasjoner/{r.OrganisationId}",
                r.RegionId, r.RegionName, r.Term.From.ToDateOnly(), r.Term.To?.ToDateOnly(), r.Term.IsActiveOn(today)))
            .ToList();
    }

    private async Task<IReadOnlyList<HolderItem>> ListAsync(IQueryable<Position> positions)
    {
        var today = clock.Today();
        var rows = await positions.AsNoTracking()
            .Join(db.Persons, p => p.PersonId, person => person.Id, (p, person) => new { p, PersonName = person.Name })
            .Join(db.PositionTypes, x => x.p.PositionTypeId, t => t.Id, (x, t) => new
            {
                x.p.Id, x.p.PersonId, x.PersonName, TypeId = t.Id, TypeName = t.Name, t.SortOrder, x.p.RegionId,
                RegionName = db.Regions.Where(r => r.Id == x.p.RegionId).Select(r => r.Name).FirstOrDefault(),
                x.p.Term,
            })
            .ToListAsync();
        return rows
            .OrderByDescending(r => r.Term.IsActiveOn(today)).ThenBy(r => r.SortOrder).ThenBy(r => r.PersonName)
            .Select(r => new HolderItem(r.Id, r.PersonId, r.PersonName, r.TypeId, r.TypeName, r.RegionId, r.RegionName,
                r.Term.From.ToDateOnly(), r.Term.To?.ToDateOnly(), r.Term.IsActiveOn(today)))
            .ToList();
    }
}

public sealed record PersonPositionItem(
    Guid PositionId, Guid PositionTypeId, string PositionTypeName, string PlaceName, string PlaceUrl,
    Guid? RegionId, string? RegionName, DateOnly From, DateOnly? To, bool IsActive);
