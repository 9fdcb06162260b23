using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>A unit of the party tree: national party, umbrella, county, county part, local branch or affiliate.</summary>
public sealed class Organisation : IVersioned, IAudited
{
    private Organisation() => Name = "";

    public Organisation(string name, OrganisationKind kind, Guid? parentId, string? shortName = null)
    {
        Id = Guid.CreateVersion7();
        Name = "";
        Kind = kind;
        Update(name, shortName, kind);
        ParentId = parentId;
        if (kind == OrganisationKind.National && parentId is not null)
        {
            throw new RuleViolation(nameof(ParentId), "En hovedorganisasjon kan ikke ligge under en annen organisasjon.");
        }
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string? ShortName { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public Guid? RegionId { get; private set; }
    public Guid? MunicipalityId { get; private set; }
    public long Version { get; set; }

    public string DisplayName => ShortName ?? Name;

    public void Update(string name, string? shortName, OrganisationKind kind)
    {
        Name = Text.Required(name, nameof(Name), "Navn");
        ShortName = Text.Optional(shortName, nameof(ShortName), "Kortnavn", 60);
        if (kind == OrganisationKind.National && ParentId is not null)
        {
            throw new RuleViolation(nameof(Kind), "En hovedorganisasjon kan ikke ligge under en annen organisasjon.");
        }
        Kind = kind;
    }

    /// <summary>Moves the organisation; <paramref name="tree"/> answers the current parent of any organisation.</summary>
    public void MoveTo(Guid? parentId, OrganisationTree tree)
    {
        if (parentId is { } target && tree.IsSelfOrDescendant(target, Id))
        {
            throw new RuleViolation(nameof(ParentId), "En organisasjon kan ikke ligge under seg selv eller en av sine underorganisasjoner.");
        }
        if (Kind == OrganisationKind.National && parentId is not null)
        {
            throw new RuleViolation(nameof(ParentId), "En hovedorganisasjon kan ikke ligge under en annen organisasjon.");
        }
        ParentId = parentId;
    }

    /// <summary>Places a local branch in a region of one of its ancestors, or takes it out of any region.</summary>
    public void PlaceInRegion(Region? region, OrganisationTree tree)
    {
        if (region is not null && !tree.IsSelfOrDescendant(Id, region.OrganisationId))
        {
            throw new RuleViolation(nameof(RegionId), "Regionen må høre til fylkeslaget organisasjonen ligger under.");
        }
        RegionId = region?.Id;
    }

    public void CoverMunicipality(Guid? municipalityId) => MunicipalityId = municipalityId;
}
