using System.Security.Claims;
using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.DatePlan;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>The signed-in user of this request and their scope, worked out once per request.</summary>
public sealed class CurrentAccess(AppDbContext db, IHttpContextAccessor http, IClock clock, CalendarFamily family)
{
    private AccessScope? scope;
    private UserFacts? facts;
    private HashSet<Guid>? above;

    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string ActorName => User.FindFirstValue(ClaimTypes.Name) ?? "system";

    public async Task<Guid?> PersonIdAsync() => (await FactsAsync())?.PersonId;

    public async Task<AccessScope> ScopeAsync()
    {
        if (scope is not null)
        {
            return scope;
        }
        var user = await FactsAsync();
        scope = user switch
        {
            null => AccessScope.Nothing,
            { IsAdministrator: true } => AccessScope.Administrator,
            { PersonId: not null } => await CalculateAsync(user.Held.Select(p => p.Position).ToList()),
            _ => AccessScope.Nothing,
        };
        return scope;
    }

    public async Task<bool> CoversOrganisationAsync(Guid organisationId) =>
        (await ScopeAsync()).CoversOrganisation(organisationId);

    public async Task<bool> IsAdministratorAsync() => (await ScopeAsync()).IsAdministrator;

    /// <summary>In scope, or above something in scope: a local leader reads the county's plan, not its branches' plans.</summary>
    public async Task<bool> SeesOrganisationAsync(Guid organisationId)
    {
        var current = await ScopeAsync();
        if (current.CoversOrganisation(organisationId))
        {
            return true;
        }
        if (current.Organisations.Count == 0)
        {
            return false;
        }
        if (above is null)
        {
            var links = await family.AllAsync();
            var tree = new OrganisationTree(links.Select(l => (l.Id, l.ParentId)));
            above = current.Organisations.SelectMany(tree.Ancestors).ToHashSet();
        }
        return above.Contains(organisationId);
    }

    /// <summary>The position types the person holds today and the bodies they sit on, for "my measures".</summary>
    public async Task<(IReadOnlySet<Guid> PositionTypes, IReadOnlySet<Guid> Bodies)> HeldAsync()
    {
        var held = (await FactsAsync())?.Held ?? [];
        return (held.Select(p => p.TypeId).ToHashSet(), held.Where(p => p.Position.BodyId is not null).Select(p => p.Position.BodyId!.Value).ToHashSet());
    }

    private async Task<UserFacts?> FactsAsync()
    {
        if (facts is null && UserId is { } id)
        {
            // The user and the positions they hold come in one query: every page asks for both.
            var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new
            {
                u.PersonId,
                u.IsAdministrator,
                Positions = db.Positions.Where(p => p.PersonId == u.PersonId)
                    .Join(db.PositionTypes, p => p.PositionTypeId, t => t.Id, (p, t) => new { p.PositionTypeId, t.Scope, p.OrganisationId, p.BodyId, p.RegionId, p.Term })
                    .ToList(),
            }).SingleOrDefaultAsync();
            var today = clock.Today();
            facts = user is null ? null : new UserFacts(user.PersonId, user.IsAdministrator,
                user.Positions.Where(p => p.Term.IsActiveOn(today))
                    .Select(p => new ActivePosition(p.PositionTypeId, new HeldPosition(p.Scope, p.OrganisationId, p.BodyId, p.RegionId))).ToList());
        }
        return facts;
    }

    private async Task<AccessScope> CalculateAsync(IReadOnlyList<HeldPosition> held)
    {
        if (held.Count == 0)
        {
            return AccessScope.Nothing;
        }
        // The organisations are read once per request and shared with the other features.
        var links = await family.AllAsync();
        var bodyIds = held.Where(h => h.BodyId is not null).Select(h => h.BodyId!.Value).ToList();
        var bodies = bodyIds.Count == 0 ? [] : await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .Select(b => new { b.Id, b.OrganisationId, Members = b.MemberOrganisations.Select(m => m.OrganisationId).ToList() })
            .ToListAsync();
        return ScopeCalculator.Calculate(
            held,
            new OrganisationTree(links.Select(l => (l.Id, l.ParentId))),
            bodies.ToDictionary(b => b.Id, b => new BodyReach(b.Id, b.OrganisationId, b.Members)),
            links.Where(l => l.RegionId is not null).Select(l => new RegionMembership(l.Id, l.RegionId!.Value)));
    }

    private sealed record UserFacts(Guid? PersonId, bool IsAdministrator, IReadOnlyList<ActivePosition> Held);

    private sealed record ActivePosition(Guid TypeId, HeldPosition Position);
}
