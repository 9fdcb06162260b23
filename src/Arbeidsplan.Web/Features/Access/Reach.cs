using Arbeidsplan.Domain.Access;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>The organisations an actor covers (sees and changes), and those above them, which they read (a county's plan for its branches).</summary>
public sealed record Reach(AccessScope Scope, IReadOnlySet<Guid> Above)
{
    public bool Covers(Guid organisationId) => Scope.CoversOrganisation(organisationId);

    /// <summary>In scope, or above something in scope: a local leader reads the county's plan, not its branches' plans.</summary>
    public bool Reads(Guid organisationId) => Covers(organisationId) || Above.Contains(organisationId);
}
