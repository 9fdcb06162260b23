using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>Works out what positions reach, for the actor and for anyone a change concerns, from the request's organisation list.</summary>
public sealed class ScopeReader(AppDbContext db, OrganisationDirectory directory, IClock clock)
{
    public Task<OrganisationTree> TreeAsync() => directory.TreeAsync();

    /// <summary>The scope of positions held today.</summary>
    public async Task<AccessScope> OfAsync(IReadOnlyList<HeldPosition> held)
    {
        if (held.Count == 0)
        {
            return AccessScope.Nothing;
        }
        return ScopeCalculator.Calculate(held, await TreeAsync(), await BodiesAsync(held), await RegionsAsync());
    }

    /// <summary>The scope a person has today: an administrator's user covers everything.</summary>
    public async Task<AccessScope> OfPersonAsync(Guid personId)
    {
        if (await db.Users.AnyAsync(u => u.PersonId == personId && u.IsAdministrator))
        {
            return AccessScope.Administrator;
        }
        var today = clock.Today();
        var positions = await db.Positions.AsNoTracking().Where(p => p.PersonId == personId)
            .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new { t.Scope, p.OrganisationId, p.BodyId, p.RegionId, p.Term })
            .ToListAsync();
        return await OfAsync(positions.Where(p => p.Term.IsActiveOn(today))
            .Select(p => new HeldPosition(p.Scope, p.OrganisationId, p.BodyId, p.RegionId)).ToList());
    }

    /// <summary>The organisations one position reaches once it is held.</summary>
    public async Task<IReadOnlySet<Guid>> ReachOfAsync(HeldPosition position) =>
        Delegation.ReachOf(position, await TreeAsync(), await BodiesAsync([position]), await RegionsAsync());

    private async Task<Dictionary<Guid, BodyReach>> BodiesAsync(IReadOnlyList<HeldPosition> held)
    {
        var bodyIds = held.Where(h => h.BodyId is not null).Select(h => h.BodyId!.Value).ToList();
        if (bodyIds.Count == 0)
        {
            return [];
        }
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .Select(b => new { b.Id, b.OrganisationId, Members = b.MemberOrganisations.Select(m => m.OrganisationId).ToList() })
            .ToListAsync();
        return bodies.ToDictionary(b => b.Id, b => new BodyReach(b.Id, b.OrganisationId, b.Members));
    }

    private async Task<IEnumerable<RegionMembership>> RegionsAsync() =>
        (await directory.AllAsync()).Where(l => l.RegionId is not null).Select(l => new RegionMembership(l.Id, l.RegionId!.Value));
}
