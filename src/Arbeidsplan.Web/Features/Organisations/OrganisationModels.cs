using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Organisations;

/// <summary>What a user sends to create or change an organisation (form model and API body).</summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public OrganisationKind Kind { get; set; } = OrganisationKind.Local;
    public Guid? ParentId { get; set; }
    public Guid? RegionId { get; set; }
    public Guid? MunicipalityId { get; set; }
    public long Version { get; set; }
}

/// <summary>One organisation as lists, pickers and the directory show it.</summary>
public sealed record OrganisationSummary(Guid Id, string Name, string? ShortName, OrganisationKind Kind, Guid? ParentId, Guid? RegionId)
{
    public string DisplayName => ShortName ?? Name;

    /// <summary>The municipality a branch covers, when it covers one (the nomination lists are made from it).</summary>
    public Guid? MunicipalityId { get; init; }
}

public sealed record OrganisationDetails(
    Guid Id,
    string Name,
    string? ShortName,
    OrganisationKind Kind,
    Guid? ParentId,
    string? ParentName,
    Guid? RegionId,
    string? RegionName,
    Guid? MunicipalityId,
    string? MunicipalityName,
    long Version,
    IReadOnlyList<NamedItem> Regions,
    IReadOnlyList<OrganisationSummary> Children,
    IReadOnlyList<BodyItem> Bodies,
    IReadOnlyList<HolderItem> Positions);


public sealed record BodyItem(Guid Id, string Name, BodyKind Kind);



/// <summary>An organisation at a glance, as Min side names it: what it is, under whom, and how much hangs below it.</summary>
public sealed record OrganisationGlance(Guid Id, string Name, OrganisationKind Kind, string? ParentName, int Children, int Bodies, int ActivePositions);
