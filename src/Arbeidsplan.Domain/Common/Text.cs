namespace Arbeidsplan.Domain.Common;

/// <summary>Checks for the free-text fields of the register.</summary>
public static class Text
{
    public const int NameMax = 200;
    public const int LongTextMax = 8000;

    public static string Required(string? value, string field, string label, int max = NameMax)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new RuleViolation(field, $"{label} må fylles ut.");
        }
        return Limit(trimmed, field, label, max);
    }

    public static string? Optional(string? value, string field, string label, int max = NameMax)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Limit(trimmed, field, label, max);
    }

    public static string? OptionalEmail(string? value, string field)
    {
        var email = Optional(value, field, "E-post", 254);
        if (email is not null && !IsEmail(email))
        {
            throw new RuleViolation(field, "E-postadressen er ikke gyldig.");
        }
        return email?.ToLowerInvariant();
    }

    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }

    private static string Limit(string value, string field, string label, int max) =>
        value.Length <= max ? value : throw new RuleViolation(field, $"{label} kan ikke være lengre enn {max} tegn.");
}
