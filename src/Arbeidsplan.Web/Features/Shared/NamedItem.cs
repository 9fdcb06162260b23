namespace Arbeidsplan.Web.Features.Shared;

/// <summary>Something with an id and a name, as lists and choices show it.</summary>
public sealed record NamedItem(Guid Id, string Name);
