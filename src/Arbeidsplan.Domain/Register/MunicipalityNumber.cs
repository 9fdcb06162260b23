using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Register;

/// <summary>The official four-digit municipality number, e.g. 3403 for Hamar.</summary>
public readonly record struct MunicipalityNumber
{
    private MunicipalityNumber(string value) => Value = value;

    public string Value { get; }

    public static MunicipalityNumber Parse(string? text) =>
        TryParse(text, out var number)
            ? number
            : throw new RuleViolation("Number", "Kommunenummer må være fire sifre, for eksempel 3403.");

    public static bool TryParse(string? text, out MunicipalityNumber number)
    {
        var trimmed = text?.Trim() ?? "";
        var ok = trimmed.Length == 4 && trimmed.All(char.IsAsciiDigit) && trimmed != "0000";
        number = ok ? new MunicipalityNumber(trimmed) : default;
        return ok;
    }

    public override string ToString() => Value;
}
