namespace Arbeidsplan.Domain.Access;

/// <summary>What one signed-in person may see and change, worked out from the positions they hold today.</summary>
public sealed class AccessScope
{
    public static readonly AccessScope Nothing = new(false, new HashSet<Guid>(), new HashSet<Guid>());
    public static readonly AccessScope Administrator = new(true, new HashSet<Guid>(), new HashSet<Guid>());

    /// <summary>The System actor (the demo loader, scheduled jobs): everything, as an administrator, but no person.</summary>
    public static readonly AccessScope System = new(true, new HashSet<Guid>(), new HashSet<Guid>(), isSystem: true);

    public AccessScope(bool isAdministrator, IReadOnlySet<Guid> organisations, IReadOnlySet<Guid> bodiesSatOn, bool isSystem = false,
        IReadOnlySet<Guid>? regions = null)
    {
        Regions = regions ?? new HashSet<Guid>();
        IsAdministrator = isAdministrator;
        IsSystem = isSystem;
        Organisations = organisations;
        BodiesSatOn = bodiesSatOn;
    }

    /// <summary>Covers every organisation: a system administrator, or the System itself.</summary>
    public bool IsAdministrator { get; }

    public bool IsSystem { get; }

    /// <summary>The organisations in scope (empty for an administrator, who has them all).</summary>
    public IReadOnlySet<Guid> Organisations { get; }

    /// <summary>Bodies the person sits on, seen even when their organisation is outside the scope.</summary>
    public IReadOnlySet<Guid> BodiesSatOn { get; }

    /// <summary>The regions a region contact follows: their branches are in <see cref="Organisations"/>; a municipality of the region without a branch is theirs to see.</summary>
    public IReadOnlySet<Guid> Regions { get; }

    public bool CoversOrganisation(Guid organisationId) => IsAdministrator || Organisations.Contains(organisationId);

    public bool CoversBody(Guid bodyId, Guid organisationId) =>
        CoversOrganisation(organisationId) || BodiesSatOn.Contains(bodyId);
}
