using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Domain.Access;

/// <summary>
/// The one rule of delegation: nobody grants a scope they do not hold. Whatever a change lets anyone see or change must
/// already lie inside the actor's own scope, and nobody appoints themselves (system administrators aside).
/// </summary>
public static class Delegation
{
    /// <summary>True when every organisation lies inside the actor's scope.</summary>
    public static bool Holds(AccessScope actor, IEnumerable<Guid> organisations) =>
        actor.IsAdministrator || organisations.All(actor.Organisations.Contains);

    /// <summary>True when the other person's scope lies inside the actor's: what may be done to their contact details and sign-in.</summary>
    public static bool Encloses(AccessScope actor, AccessScope other) =>
        actor.IsAdministrator || !other.IsAdministrator && Holds(actor, other.Organisations);

    /// <summary>The organisations a position reaches once it is held.</summary>
    public static IReadOnlySet<Guid> ReachOf(
        HeldPosition position, OrganisationTree tree, IReadOnlyDictionary<Guid, BodyReach> bodies, IEnumerable<RegionMembership> regions) =>
        ScopeCalculator.Calculate([position], tree, bodies, regions).Organisations;

    /// <summary>A position may be given only when all it reaches is the actor's already.</summary>
    public static void RequireHolds(AccessScope actor, IReadOnlySet<Guid> reach, string field) =>
        Require(Holds(actor, reach), field,
            "Du kan ikke gi et verv som gir tilgang til mer enn du selv har tilgang til. Be noen med ansvar for hele området om å gjøre det.");

    /// <summary>
    /// Organisations added to a body hand its members each added organisation and all below it (a leader's position on the body
    /// reaches that far), so the actor must hold all of that already.
    /// </summary>
    public static void RequireMayDrawMembersFrom(AccessScope actor, IEnumerable<Guid> added, OrganisationTree tree, string field) =>
        Require(Holds(actor, added.SelectMany(tree.SelfAndDescendants)), field,
            "Du kan bare la organet hente medlemmer fra organisasjoner du selv har ansvar for, med alt som ligger under dem.");

    /// <summary>Nobody appoints themselves or lengthens their own term; a re-election is registered by someone above.</summary>
    public static void RequireNotSelf(AccessScope actor, Guid? actorPerson, Guid appointee, string field) =>
        Require(actor.IsAdministrator || actorPerson != appointee, field,
            "Du kan ikke utnevne deg selv eller forlenge ditt eget verv. Be en annen med ansvar for organisasjonen om å gjøre det.");

    /// <summary>A holder may end their own position early, never start it earlier or make it last longer.</summary>
    public static void RequireOwnTermOnlyShortened(Term before, Term after, string field) =>
        Require(after.From == before.From && after.To is { } end && (before.To is null || end <= before.To), field,
            "Du kan avslutte ditt eget verv, men ikke forlenge det eller flytte starten. Et gjenvalg registreres av noen over deg.");

    private static void Require(bool holds, string field, string message)
    {
        if (!holds)
        {
            throw new RuleViolation(field, message);
        }
    }
}
