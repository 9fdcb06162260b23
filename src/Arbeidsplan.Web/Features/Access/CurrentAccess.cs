using System.Security.Claims;
using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>The actor of this scope (a signed-in user, or the System) and what they may reach, worked out once per scope.</summary>
public sealed class CurrentAccess(AppDbContext db, ActorContext actor, IClock clock, ScopeReader scopes, OrganisationDirectory directory)
{
    private AccessScope? scope;
    private UserFacts? facts;
    private bool factsRead;
    private Reach? reach;
    private readonly Dictionary<Guid, BodySeat> seats = [];
    private HashSet<Guid>? leadsOrNominates;

    public ClaimsPrincipal User => actor.User;

    public string? UserId => actor.UserId;

    public bool IsSystem => actor.IsSystem;

    public bool IsDemo => actor.IsDemo;

    /// <summary>The name records show for the actor: the person's name when the user is linked to one, not an e-mail address.</summary>
    public string ActorName => actor.DisplayName;

    /// <summary>The name the user signs in with.</summary>
    public string SignInName => actor.Name;

    public async Task<Guid?> PersonIdAsync() => actor.IsSystem ? null : (await FactsAsync())?.PersonId;

    public async Task<AccessScope> ScopeAsync()
    {
        if (actor.IsSystem)
        {
            return AccessScope.System;
        }
        if (scope is not null)
        {
            return scope;
        }
        var user = await FactsAsync();
        scope = user switch
        {
            null => AccessScope.Nothing,
            { IsAdministrator: true } => AccessScope.Administrator,
            { PersonId: not null } => await scopes.OfAsync(user.Held.Select(p => p.Position).ToList()),
            _ => AccessScope.Nothing,
        };
        return scope;
    }

    /// <summary>
    /// What the actor covers and reads, worked out once per scope: for filtering lists. A single yes or no about one organisation
    /// goes through <see cref="Guard"/>, whose requirement handlers read this.
    /// </summary>
    public async Task<Reach> ReachAsync()
    {
        if (reach is not null && !actor.IsSystem)
        {
            return reach;
        }
        var current = await ScopeAsync();
        var tree = current.Organisations.Count == 0 ? null : await scopes.TreeAsync();
        var result = new Reach(current, tree is null ? new HashSet<Guid>() : current.Organisations.SelectMany(tree.Ancestors).ToHashSet());
        if (!actor.IsSystem)
        {
            reach = result;
        }
        return result;
    }

    /// <summary>
    /// What the actor would cover without their positions on one body: a seat on a board gives its organisation, yet only the
    /// leader and the secretary edit the board's own meetings, so the meeting rules ask what the actor covers besides.
    /// </summary>
    public async Task<Reach> ReachBesidesAsync(Guid bodyId)
    {
        if (actor.IsSystem || await FactsAsync() is not { IsAdministrator: false, PersonId: not null } user || user.Held.All(p => p.Position.BodyId != bodyId))
        {
            return await ReachAsync();
        }
        var besides = await scopes.OfAsync([.. user.Held.Where(p => p.Position.BodyId != bodyId).Select(p => p.Position)]);
        var tree = besides.Organisations.Count == 0 ? null : await scopes.TreeAsync();
        return new Reach(besides, tree is null ? new HashSet<Guid>() : besides.Organisations.SelectMany(tree.Ancestors).ToHashSet());
    }

    /// <summary>The position types the person holds today and the bodies they sit on, for "my measures".</summary>
    public async Task<(IReadOnlySet<Guid> PositionTypes, IReadOnlySet<Guid> Bodies)> HeldAsync()
    {
        var held = actor.IsSystem ? [] : (await FactsAsync())?.Held ?? [];
        return (held.Select(p => p.TypeId).ToHashSet(), held.Where(p => p.Position.BodyId is not null).Select(p => p.Position.BodyId!.Value).ToHashSet());
    }

    /// <summary>
    /// The offices the person holds today, read with the user once per request: Min side's lists (measures, meetings, tasks,
    /// nominations) all start from them, and would otherwise each read them again.
    /// </summary>
    public async Task<IReadOnlyList<Office>> OfficesAsync() => actor.IsSystem || await FactsAsync() is not { PersonId: not null } user
        ? []
        : [.. user.Held.Select(p => new Office(p.TypeId, p.Roles, p.Position.OrganisationId, p.Position.BodyId, p.Position.RegionId))];

    /// <summary>
    /// The organisations where the person leads or nominates today, by a position held in the organisation or on one of its bodies:
    /// those who answer for a branch's list besides those above it.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> LeadsOrNominatesInAsync()
    {
        if (leadsOrNominates is not null)
        {
            return leadsOrNominates;
        }
        const Domain.Register.PositionRole answering = Domain.Register.PositionRole.Leads | Domain.Register.PositionRole.Nominates;
        var held = actor.IsSystem ? [] : ((await FactsAsync())?.Held ?? []).Where(p => (p.Roles & answering) != 0).ToList();
        var bodies = held.Where(p => p.Position.BodyId is not null).Select(p => p.Position.BodyId!.Value).ToList();
        var ofBodies = bodies.Count == 0 ? [] : await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).Select(b => b.OrganisationId).ToListAsync();
        leadsOrNominates = held.Where(p => p.Position.OrganisationId is not null).Select(p => p.Position.OrganisationId!.Value).Concat(ofBodies).ToHashSet();
        return leadsOrNominates;
    }

    /// <summary>The actor's seat on a body today (their positions on it, or a standing invitation), worked out once per body and scope.</summary>
    /// <param name="withInvitation">
    /// False when the caller does not ask about invitations (editing never follows from one): the seat then says only whether the actor sits
    /// on the body, from the positions already read, and the invitations are not read.
    /// </param>
    public async Task<BodySeat> SeatAsync(Guid bodyId, bool withInvitation = true)
    {
        if (actor.IsSystem || await FactsAsync() is not { PersonId: { } person } user)
        {
            return BodySeat.None;
        }
        if (seats.TryGetValue(bodyId, out var known))
        {
            return known;
        }
        var seated = user.Held.Where(p => p.Position.BodyId == bodyId).ToList();
        if (seated.Count == 0 && !withInvitation)
        {
            return BodySeat.None;
        }
        var invited = false;
        if (seated.Count == 0)
        {
            var held = user.Held.Select(p => (p.TypeId, p.Position.BodyId ?? p.Position.OrganisationId)).ToHashSet();
            var invitees = await db.StandingInvitees.AsNoTracking().Where(i => i.BodyId == bodyId)
                .Select(i => new { i.PersonId, i.PositionTypeId, i.HeldInId }).ToListAsync();
            invited = invitees.Any(i => i.PersonId == person || (i.PositionTypeId is { } t && held.Contains((t, i.HeldInId))));
        }
        var seat = new BodySeat(seated.Count > 0, seated.Aggregate(Domain.Register.PositionRole.None, (all, p) => all | p.Roles), invited);
        seats[bodyId] = seat;
        return seat;
    }

    /// <summary>
    /// True when the request's sign-in is still good: its session has not ended (sign-out, new password) and the user is active.
    /// The authentication middleware checks this on every signed-in request, so an ended session is refused at once.
    /// </summary>
    public async Task<bool> IsSignedInAsync() => actor.IsSystem || await FactsAsync() is not null;

    /// <summary>An administrator who has not yet set up two-factor sign-in (demo accounts aside), who may do nothing else first.</summary>
    public async Task<bool> MustSetUpTwoFactorAsync() => await FactsAsync() is { IsAdministrator: true, TwoFactorEnabled: false, IsDemo: false };

    /// <summary>
    /// Whether the demo is loaded in this installation, as the page frame says on every page; null when nobody is signed in (the
    /// frame then asks the database itself). It rides along with the user's facts so that it costs no round trip of its own.
    /// </summary>
    public async Task<bool?> DemoLoadedAsync() => actor.IsSystem ? null : (await FactsAsync())?.DemoLoaded;

    // The user, the session and the positions held on the day come in one query: every request asks for all three. Flat, one row per
    // position, so the positions are found by the person's index: a list projected per user became a join against every position of the
    // party (37 ms a request at national scale ×10 on SQLite).
    private async Task<UserFacts?> FactsAsync()
    {
        if (facts is null && !factsRead && actor.UserId is { } id)
        {
            factsRead = true;
            var session = actor.SessionId;
            var now = clock.GetCurrentInstant();
            var today = clock.Today();
            var rows = await (
                from u in db.Users.AsNoTracking().Where(u => u.Id == id && u.DeactivatedAt == null)
                    .Where(u => db.UserSessions.Any(s => s.Id == session && s.UserId == u.Id && s.EndedAt == null && s.ExpiresAt > now))
                from p in db.Positions.Where(p => p.PersonId == u.PersonId && p.Term.From <= today && (p.Term.To == null || p.Term.To >= today)).DefaultIfEmpty()
                from t in db.PositionTypes.Where(t => t.Id == p!.PositionTypeId).DefaultIfEmpty()
                select new
                {
                    u.PersonId,
                    u.IsAdministrator,
                    u.TwoFactorEnabled,
                    u.IsDemo,
                    DemoLoaded = db.SystemSettings.Any(s => s.Key == SystemSetting.DemoLoadedAt),
                    Stamp = db.SystemSettings.Where(s => s.Key == SystemSetting.OrganisationsChanged).Select(s => s.Value).FirstOrDefault(),
                    TypeId = (Guid?)p!.PositionTypeId,
                    Scope = (Domain.Register.ScopeKind?)t!.Scope,
                    Roles = (Domain.Register.PositionRole?)t!.Roles,
                    OrganisationId = p!.OrganisationId,
                    BodyId = p!.BodyId,
                    RegionId = p!.RegionId,
                }).ToListAsync();
            if (rows is [var first, ..])
            {
                directory.StampIs(first.Stamp);
            }
            facts = rows is [var user, ..] ? new UserFacts(user.PersonId, user.IsAdministrator, user.TwoFactorEnabled, user.IsDemo, user.DemoLoaded,
                    rows.Where(r => r.TypeId is not null && r.Scope is not null)
                        .Select(r => new ActivePosition(r.TypeId!.Value, r.Roles!.Value, new HeldPosition(r.Scope!.Value, r.OrganisationId, r.BodyId, r.RegionId))).ToList())
                : null;
        }
        return facts;
    }

    private sealed record UserFacts(Guid? PersonId, bool IsAdministrator, bool TwoFactorEnabled, bool IsDemo, bool DemoLoaded, IReadOnlyList<ActivePosition> Held);

    private sealed record ActivePosition(Guid TypeId, Domain.Register.PositionRole Roles, HeldPosition Position);
}
