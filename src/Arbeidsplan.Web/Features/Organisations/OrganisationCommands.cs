using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>Creates and changes organisations, within the user's scope and the rules of the tree.</summary>
public sealed class OrganisationCommands(AppDbContext db, Guard guard, CurrentAccess access)
{
    public Task<Outcome<OrganisationSummary>> CreateAsync(OrganisationInput input) => Outcome.Try(async () =>
    {
        if (!await MayPlaceUnder(input.ParentId))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.ParentId), "Du kan bare opprette organisasjoner under en organisasjon du har ansvar for.");
        }
        if (input.ParentId is { } parentId && !await db.Organisations.AnyAsync(o => o.Id == parentId))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.ParentId), "Overordnet organisasjon finnes ikke.");
        }
        var organisation = new Organisation(input.Name ?? "", input.Kind, input.ParentId, input.ShortName);
        db.Organisations.Add(organisation);
        var placed = await PlaceAsync(organisation, input);
        if (placed is not null)
        {
            return placed;
        }
        await db.SaveChangesAsync();
        return Summary(organisation);
    });

    public Task<Outcome<OrganisationSummary>> UpdateAsync(Guid id, OrganisationInput input) => Outcome.Try(async () =>
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null || !await guard.CoversOrganisation(id))
        {
            return Outcome<OrganisationSummary>.NotFound();
        }
        db.ExpectVersion(organisation, input.Version);
        // The kind, the place in the tree and the region decide who reaches the organisation: only those above may change them.
        if (input.Kind != organisation.Kind && !await MayPlaceUnder(organisation.ParentId))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.Kind), "Bare noen med ansvar for nivået over kan endre hva slags organisasjon dette er.");
        }
        if (input.ParentId != organisation.ParentId)
        {
            if (!await MayPlaceUnder(organisation.ParentId) || !await MayPlaceUnder(input.ParentId) || !await HoldsSubtreeAsync(organisation.Id))
            {
                return Outcome<OrganisationSummary>.Invalid(nameof(input.ParentId),
                    "Du kan bare flytte en organisasjon når du har ansvar både for den, for nivået den ligger under og for nivået den flyttes til.");
            }
            organisation.MoveTo(input.ParentId, await TreeAsync());
        }
        if (input.RegionId != organisation.RegionId && !await HoldsSubtreeAsync(organisation.Id))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.RegionId), "Bare noen med ansvar for fylket kan flytte lokallaget til en annen region.");
        }
        organisation.Update(input.Name ?? "", input.ShortName, input.Kind);
        var placed = await PlaceAsync(organisation, input);
        if (placed is not null)
        {
            return placed;
        }
        await db.SaveChangesAsync();
        return Summary(organisation);
    });

    private async Task<bool> MayPlaceUnder(Guid? parentId) =>
        parentId is { } id ? await guard.CoversOrganisation(id) : await guard.IsAdministrator();

    private async Task<bool> HoldsSubtreeAsync(Guid organisationId) =>
        Delegation.Holds(await access.ScopeAsync(), (await TreeAsync()).SelfAndDescendants(organisationId));

    private async Task<Outcome<OrganisationSummary>?> PlaceAsync(Organisation organisation, OrganisationInput input)
    {
        if (input.MunicipalityId is { } municipalityId && !await db.Municipalities.AnyAsync(m => m.Id == municipalityId))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.MunicipalityId), "Kommunen finnes ikke.");
        }
        organisation.CoverMunicipality(input.MunicipalityId);
        var region = input.RegionId is { } regionId ? await db.Regions.SingleOrDefaultAsync(r => r.Id == regionId) : null;
        if (input.RegionId is not null && input.RegionId != organisation.RegionId && (region is null || !await guard.CoversOrganisation(region.OrganisationId)))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.RegionId), "Velg en region i et fylke du har ansvar for.");
        }
        if (organisation.RegionId is { } oldRegion && oldRegion != input.RegionId
            && !await guard.CoversOrganisation(await db.Regions.Where(r => r.Id == oldRegion).Select(r => r.OrganisationId).SingleAsync()))
        {
            return Outcome<OrganisationSummary>.Invalid(nameof(input.RegionId), "Bare noen med ansvar for fylket kan flytte lokallaget til en annen region.");
        }
        if (region is not null || organisation.RegionId is not null)
        {
            organisation.PlaceInRegion(region, await TreeAsync(organisation));
        }
        return null;
    }

    private async Task<OrganisationTree> TreeAsync(Organisation? pending = null)
    {
        var links = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync();
        var pairs = links.Where(l => l.Id != pending?.Id).Select(l => (l.Id, l.ParentId)).ToList();
        if (pending is not null)
        {
            pairs.Add((pending.Id, pending.ParentId));
        }
        return new OrganisationTree(pairs);
    }

    private static OrganisationSummary Summary(Organisation o) => new(o.Id, o.Name, o.ShortName, o.Kind, o.ParentId, o.RegionId);
}
