namespace Arbeidsplan.Domain.Common;

/// <summary>An editable row: the version changes on every save so a stale edit is detected, not silently applied.</summary>
public interface IVersioned
{
    long Version { get; set; }
}
