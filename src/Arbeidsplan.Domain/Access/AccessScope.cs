namespace Arbeidsplan.Domain.Access;

/// <summary>What one signed-in person may see and change, worked out from the positions they hold today.</summary>
public sealed class AccessScope
{
    public static readonly AccessScope Nothing = new(false, new HashSet<Guid>(), new HashSet<Guid>());
    public static readonly AccessScope Administrator = new(true, new HashSet<Guid>(), new HashSet<Guid>());

    public AccessScope(bool isAdministrator, IReadOnlySet<Guid> organisations, IReadOnlySet<Guid> bodiesSatOn)
    {
        IsAdministrator = isAdministrator;
        Organisations = organisations;
        BodiesSatOn = bodiesSatOn;
    }

    public bool IsAdministrator { get; }

    /// <summary>The organisations in scope (empty for an administrator, who has them all).</summary>
    public IReadOnlySet<Guid> Organisations { get; }

    /// <summary>Bodies the person sits on, seen even when their organisation is outside the scope.</summary>
    public IReadOnlySet<Guid> BodiesSatOn { get; }

    public bool CoversOrganisation(Guid organisationId) => IsAdministrator || Organisations.Contains(organisationId);

    public bool CoversBody(Guid bodyId, Guid organisationId) =>
        CoversOrganisation(organisationId) || BodiesSatOn.Contains(bodyId);
}
