namespace Arbeidsplan.Web.Features.Elections;

/// <summary>A constituency of an election with the organisation that fields its list, and whether its nomination has begun.</summary>
public sealed record ConstituencyRow(Guid Id, int Number, string Name, Guid OrganisationId, string Organisation, bool HasNomination, long Version);

/// <summary>The constituencies an election has, with the choices for who fields a list, and whether the reader may change them.</summary>
public sealed record ConstituencyView(Guid ElectionId, IReadOnlyList<ConstituencyRow> Rows, IReadOnlyList<Shared.NamedItem> Organisations, bool CanEdit);

public sealed class ConstituencyLine
{
    public int Number { get; set; }

    /// <summary>Left out, the regulation's name for the number.</summary>
    public string? Name { get; set; }
    public Guid OrganisationId { get; set; }
}

/// <summary>The whole set of an election's constituencies: those left out are removed (refused where a nomination has begun).</summary>
public sealed class ConstituenciesInput
{
    public List<ConstituencyLine>? Constituencies { get; set; }
}
