using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>Reads organisations as pages and the API show them, limited to the user's scope.</summary>
public sealed class OrganisationQueries(AppDbContext db, CurrentAccess access, Guard guard, HolderQueries positionQueries, OrganisationDirectory directory)
{
    public async Task<IReadOnlyList<OrganisationSummary>> ListAsync()
    {
        // From the request's organisation list, which the page frame has read already.
        var scope = await access.ScopeAsync();
        return [.. (await directory.AllAsync()).Where(o => scope.IsAdministrator || scope.Organisations.Contains(o.Id)).OrderBy(o => o.Name, NorwegianText.Comparer)];
    }

    /// <summary>What the edit form starts from: the organisation's own fields, without the lists its page shows.</summary>
    public async Task<OrganisationInput?> InputAsync(Guid id) => !await guard.CoversOrganisation(id) ? null
        : await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new OrganisationInput
        {
            Name = o.Name, ShortName = o.ShortName, Kind = o.Kind, ParentId = o.ParentId, RegionId = o.RegionId, MunicipalityId = o.MunicipalityId, Version = o.Version,
        }).SingleOrDefaultAsync();

    public async Task<OrganisationDetails?> DetailsAsync(Guid id)
    {
        if (!await guard.CoversOrganisation(id))
        {
            return null;
        }
        var head = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.Name, o.ShortName, o.Kind, o.ParentId, o.RegionId, o.MunicipalityId, o.Version,
                ParentName = db.Organisations.Where(p => p.Id == o.ParentId).Select(p => p.Name).FirstOrDefault(),
                RegionName = db.Regions.Where(r => r.Id == o.RegionId).Select(r => r.Name).FirstOrDefault(),
                MunicipalityName = db.Municipalities.Where(m => m.Id == o.MunicipalityId).Select(m => m.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        if (head is null)
        {
            return null;
        }
        var regions = await db.Regions.AsNoTracking().Where(r => r.OrganisationId == id).OrderBy(r => r.Name)
            .Select(r => new NamedItem(r.Id, r.Name)).ToListAsync();
        var children = (await directory.AllAsync()).Where(o => o.ParentId == id).OrderBy(o => o.Kind).ThenBy(o => o.Name, NorwegianText.Comparer).ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.OrganisationId == id).OrderBy(b => b.Kind).ThenBy(b => b.Name)
            .Select(b => new BodyItem(b.Id, b.Name, b.Kind)).ToListAsync();
        var positions = await positionQueries.ForOrganisationAsync(id);
        return new OrganisationDetails(head.Id, head.Name, head.ShortName, head.Kind, head.ParentId, head.ParentName,
            head.RegionId, head.RegionName, head.MunicipalityId, head.MunicipalityName, head.Version,
            regions, children, bodies, positions);
    }
}
