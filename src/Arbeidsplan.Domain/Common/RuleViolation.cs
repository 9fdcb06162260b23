namespace Arbeidsplan.Domain.Common;

/// <summary>A broken business rule, with the field it concerns and a message the user can read (Bokmål).</summary>
public sealed class RuleViolation(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
