using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Regions;

public sealed class RegionInput
{
    public Guid OrganisationId { get; set; }
    public string? Name { get; set; }
    public long Version { get; set; }
}

public sealed record RegionDetails(
    Guid Id, string Name, Guid OrganisationId, string OrganisationName, long Version, bool CanEdit,
    IReadOnlyList<NamedItem> Branches, IReadOnlyList<HolderItem> Contacts);

/// <summary>Regions of a county-level organisation: who may see them, create and rename them.</summary>
public sealed class RegionService(AppDbContext db, Guard guard, CurrentAccess access, HolderQueries holders)
{
    public async Task<RegionDetails?> DetailsAsync(Guid id)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.Name, r.OrganisationId, r.Version, OrganisationName = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First() })
            .SingleOrDefaultAsync();
        if (region is null)
        {
            return null;
        }
        var scope = await access.ScopeAsync();
        var branches = await db.Organisations.AsNoTracking().Where(o => o.RegionId == id).OrderBy(o => o.Name)
            .Select(o => new NamedItem(o.Id, o.Name)).ToListAsync();
        var canEdit = scope.CoversOrganisation(region.OrganisationId);
        var visibleBranches = branches.Where(b => scope.CoversOrganisation(b.Id)).ToList();
        // A region contact sees the region through its branches; others need the county in scope.
        if (!canEdit && visibleBranches.Count == 0)
        {
            return null;
        }
        return new RegionDetails(region.Id, region.Name, region.OrganisationId, region.OrganisationName, region.Version, canEdit,
            visibleBranches, await holders.ForRegionAsync(id));
    }

    public async Task<IReadOnlyList<NamedItem>> ListAsync(Guid organisationId) =>
        await guard.CoversOrganisation(organisationId)
            ? await db.Regions.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderBy(r => r.Name)
                .Select(r => new NamedItem(r.Id, r.Name)).ToListAsync()
            : [];

    public Task<Outcome<NamedItem>> CreateAsync(RegionInput input) => Outcome.Try(async () =>
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == input.OrganisationId).Select(o => new { o.Kind }).SingleOrDefaultAsync();
        if (organisation is null || !await guard.CoversOrganisation(input.OrganisationId))
        {
            return Outcome<NamedItem>.Invalid(nameof(input.OrganisationId), "Velg en organisasjon du har tilgang til.");
        }
        if (!organisation.Kind.HoldsRegions())
        {
            return Outcome<NamedItem>.Invalid(nameof(input.OrganisationId), "Bare fylkeslag, fylkesdellag og overbygninger kan ha regioner.");
        }
        var region = new Region(input.OrganisationId, input.Name ?? "");
        if (await NameTakenAsync(region.OrganisationId, region.Name, null))
        {
            return Outcome<NamedItem>.Invalid(nameof(input.Name), $"Det finnes allerede en region som heter {region.Name}.");
        }
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        return new NamedItem(region.Id, region.Name);
    });

    public Task<Outcome<NamedItem>> RenameAsync(Guid id, RegionInput input) => Outcome.Try(async () =>
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == id);
        if (region is null || !await guard.CoversOrganisation(region.OrganisationId))
        {
            return Outcome<NamedItem>.NotFound();
        }
        db.ExpectVersion(region, input.Version);
        region.Rename(input.Name ?? "");
        if (await NameTakenAsync(region.OrganisationId, region.Name, id))
        {
            return Outcome<NamedItem>.Invalid(nameof(input.Name), $"Det finnes allerede en region som heter {region.Name}.");
        }
        await db.SaveChangesAsync();
        return new NamedItem(region.Id, region.Name);
    });

    private Task<bool> NameTakenAsync(Guid organisationId, string name, Guid? except) =>
        db.Regions.AnyAsync(r => r.OrganisationId == organisationId && r.Name == name && r.Id != except);
}
