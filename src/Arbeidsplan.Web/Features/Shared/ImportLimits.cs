using System.Globalization;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>How long an imported text may be, checked before it is parsed: each is many times the largest real document of its kind.</summary>
public static class ImportLimits
{
    /// <summary>A county's work plan is 30 000–150 000 characters.</summary>
    public const int PlanCharacters = 1_000_000;

    public const int DatePlanCharacters = 1_000_000;

    public const int InstructionCharacters = 500_000;

    /// <summary>A member register export of 50 MB.</summary>
    public const int RegisterCharacters = 60_000_000;

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static Outcome<T>? TooLong<T>(string? text, int max, string field) =>
        text is { Length: var length } && length > max
            ? Outcome<T>.Invalid(field, $"Teksten er for lang: {length.ToString("N0", Norwegian)} tegn, og grensen er {max.ToString("N0", Norwegian)}. Del den opp, eller lagre dokumentet uten vedlegg.")
            : null;
}
