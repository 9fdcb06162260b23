namespace Arbeidsplan.Web.Features.Shared;

/// <summary>The body of an action on a row that changes nothing else (propose, confirm, cancel): the version the user read.</summary>
public sealed record VersionInput(long Version);
