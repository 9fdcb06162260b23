using System.Globalization;
using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Domain.Meetings;

/// <summary>
/// A case's number in its body's series for a calendar year, as boards write it: <c>Sak 12/26</c> is the twelfth case of 2026.
/// Each body has its own series (the executive committee's is not the board's), and a number once given is never given again.
/// </summary>
public readonly partial record struct CaseNumber
{
    public CaseNumber(int number, int year)
    {
        if (number is < 1 or > 9999)
        {
            throw new RuleViolation(nameof(Number), "Saksnummeret må være mellom 1 og 9999.");
        }
        if (year is < 2000 or > 2099)
        {
            throw new RuleViolation(nameof(Year), "Året må være mellom 2000 og 2099.");
        }
        (Number, Year) = (number, year);
    }

    public int Number { get; }

    public int Year { get; }

    /// <summary>"12/26".</summary>
    public string Short => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Year % 100:00}");

    public override string ToString() => $"Sak {Short}";

    /// <summary>Reads "Sak 12/26", "sak 12/2026" or "12/26"; null for anything else.</summary>
    public static CaseNumber? Parse(string? text)
    {
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }
        var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        return number is >= 1 and <= 9999 && year is >= 2000 and <= 2099 ? new CaseNumber(number, year) : null;
    }

    [GeneratedRegex(@"^(?:sak\s*)?(?<n>\d{1,4})\s*/\s*(?<y>\d{2}|\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
