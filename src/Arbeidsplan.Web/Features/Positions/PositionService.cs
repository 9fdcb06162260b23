using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Persons;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Positions;

public sealed class PositionInput
{
    public Guid PersonId { get; set; }
    public Guid PositionTypeId { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? BodyId { get; set; }
    public Guid? RegionId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public long Version { get; set; }
}

public sealed record PositionDetails(
    Guid Id, Guid PersonId, string PersonName, Guid PositionTypeId, string PositionTypeName,
    Guid? OrganisationId, Guid? BodyId, string PlaceName, Guid? RegionId, DateOnly From, DateOnly? To, long Version);

/// <summary>Appoints people to positions, changes terms and removes positions entered by mistake.</summary>
public sealed class PositionService(
    AppDbContext db, Guard guard, CurrentAccess access, ScopeReader scopes, PersonService persons, OrganisationDirectory directory, IClock clock)
{
    public async Task<PositionDetails?> DetailsAsync(Guid id)
    {
        var p = await db.Positions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.PersonId, x.PositionTypeId, x.OrganisationId, x.BodyId, x.RegionId, x.Term, x.Version,
                PersonName = db.Persons.Where(o => o.Id == x.PersonId).Select(o => o.Name).First(),
                TypeName = db.PositionTypes.Where(t => t.Id == x.PositionTypeId).Select(t => t.Name).First(),
                PlaceName = db.Organisations.Where(o => o.Id == x.OrganisationId).Select(o => o.Name).FirstOrDefault()
                    ?? db.Bodies.Where(b => b.Id == x.BodyId).Select(b => b.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        if (p is null || await OwningOrganisationAsync(p.OrganisationId, p.BodyId) is not { } owner || !await guard.CoversOrganisation(owner))
        {
            return null;
        }
        return new PositionDetails(p.Id, p.PersonId, p.PersonName, p.PositionTypeId, p.TypeName, p.OrganisationId, p.BodyId,
            p.PlaceName ?? "", p.RegionId, p.Term.From.ToDateOnly(), p.Term.To?.ToDateOnly(), p.Version);
    }

    public Task<Outcome<PositionDetails>> AppointAsync(PositionInput input) => Outcome.Try(async () =>
    {
        var type = await db.PositionTypes.SingleOrDefaultAsync(t => t.Id == input.PositionTypeId);
        if (type is null)
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.PositionTypeId), "Velg et verv.");
        }
        if (!await persons.IsInScopeAsync(input.PersonId))
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.PersonId), "Velg en person du har tilgang til.");
        }
        var owner = await OwningOrganisationAsync(input.OrganisationId, input.BodyId);
        if (owner is null)
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.OrganisationId), "Velg organisasjonen eller organet vervet gjelder.");
        }
        if (!await guard.CoversOrganisation(owner.Value))
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.OrganisationId), "Du kan bare utnevne til verv i organisasjoner du har ansvar for.");
        }
        if (await directory.PartyOfAsync(owner.Value) != type.PartyId)
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.PositionTypeId), "Vervtypen hører til et annet parti. Velg et av partiets egne verv.");
        }
        if (input.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId && r.OrganisationId == owner))
        {
            return Outcome<PositionDetails>.Invalid(nameof(input.RegionId), "Regionen må høre til organisasjonen vervet gjelder.");
        }
        var actor = await access.ScopeAsync();
        Delegation.RequireNotSelf(actor, await access.PersonIdAsync(), input.PersonId, nameof(input.PersonId));
        Delegation.RequireHolds(actor, await scopes.ReachOfAsync(new HeldPosition(type.Scope, input.OrganisationId, input.BodyId, input.RegionId)),
            nameof(input.OrganisationId));
        var position = new Position(input.PersonId, type, input.OrganisationId, input.BodyId, input.RegionId, TermOf(input));
        db.Positions.Add(position);
        await db.SaveChangesAsync();
        return (await DetailsAsync(position.Id))!;
    });

    public Task<Outcome<PositionDetails>> ChangeTermAsync(Guid id, PositionInput input) => Outcome.Try(async () =>
    {
        var position = await db.Positions.SingleOrDefaultAsync(p => p.Id == id);
        if (position is null || await OwningOrganisationAsync(position.OrganisationId, position.BodyId) is not { } owner
            || !await guard.CoversOrganisation(owner))
        {
            return Outcome<PositionDetails>.NotFound();
        }
        db.ExpectVersion(position, input.Version);
        var term = TermOf(input);
        if (await IsOwnAsync(position))
        {
            Delegation.RequireOwnTermOnlyShortened(position.Term, term, nameof(input.To));
        }
        else
        {
            await RequireReachHeldAsync(position, nameof(input.OrganisationId));
        }
        position.ChangeTerm(term);
        await db.SaveChangesAsync();
        return (await DetailsAsync(id))!;
    });

    public Task<Outcome<bool>> RemoveAsync(Guid id, long version) => Outcome.Try(async () =>
    {
        var position = await db.Positions.SingleOrDefaultAsync(p => p.Id == id);
        if (position is null || await OwningOrganisationAsync(position.OrganisationId, position.BodyId) is not { } owner
            || !await guard.CoversOrganisation(owner))
        {
            return Outcome<bool>.NotFound();
        }
        db.ExpectVersion(position, version);
        if (!await IsOwnAsync(position))
        {
            await RequireReachHeldAsync(position, "OrganisationId");
        }
        db.Positions.Remove(position);
        await db.SaveChangesAsync();
        return true;
    });

    // Ending one's own position narrows one's own scope, so it needs no one above; everything else about it does.
    private async Task<bool> IsOwnAsync(Position position) =>
        !(await access.ScopeAsync()).IsAdministrator && await access.PersonIdAsync() == position.PersonId;

    private async Task RequireReachHeldAsync(Position position, string field)
    {
        var scope = await db.PositionTypes.Where(t => t.Id == position.PositionTypeId).Select(t => t.Scope).SingleAsync();
        Delegation.RequireHolds(await access.ScopeAsync(),
            await scopes.ReachOfAsync(new HeldPosition(scope, position.OrganisationId, position.BodyId, position.RegionId)), field);
    }

    private Term TermOf(PositionInput input) =>
        new(input.From is { } from ? LocalDate.FromDateOnly(from) : clock.Today(), input.To is { } to ? LocalDate.FromDateOnly(to) : null);

    private async Task<Guid?> OwningOrganisationAsync(Guid? organisationId, Guid? bodyId)
    {
        if (organisationId is { } orgId && bodyId is null)
        {
            return await db.Organisations.AnyAsync(o => o.Id == orgId) ? orgId : null;
        }
        if (bodyId is { } id && organisationId is null)
        {
            return await db.Bodies.Where(b => b.Id == id).Select(b => (Guid?)b.OrganisationId).SingleOrDefaultAsync();
        }
        return null;
    }
}
