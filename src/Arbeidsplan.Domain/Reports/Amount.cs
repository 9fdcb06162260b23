using System.Globalization;

namespace Arbeidsplan.Domain.Reports;

/// <summary>
/// An amount as Norwegian sheets write it, rounded to whole kroner: "12 345", "12.345,50", "kr 1 200", "-500", "−500" and
/// "(500)" (negative), "12345.5". Null for anything that is not an amount.
/// </summary>
public static class Amount
{
    public static long? Parse(string text)
    {
        var s = text.Trim();
        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            (negative, s) = (true, s[1..^1]);
        }
        s = s.Replace("kr", "", StringComparison.OrdinalIgnoreCase).Replace("NOK", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal).Replace('\u2212', '-');
        if (s.EndsWith(",-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        if (s.StartsWith('-'))
        {
            (negative, s) = (!negative, s[1..]);
        }
        if (s.Length is 0 or > 24 || !s.All(c => char.IsAsciiDigit(c) || c is ',' or '.') || !char.IsAsciiDigit(s[0]))
        {
            return null;
        }
        var normal = Normalise(s);
        if (normal is null || !decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var whole = (long)Math.Round(value, MidpointRounding.AwayFromZero);
        return negative ? -whole : whole;
    }

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>«1 234 567 kr», «−12 000 kr», grouped as Norwegian print groups thousands.</summary>
    public static string Format(long kroner) => $"{kroner.ToString("N0", Norwegian)}\u00a0kr";

    /// <summary>The text with only a decimal point: the last of ',' and '.' is the decimal mark unless it groups thousands.</summary>
    private static string? Normalise(string s)
    {
        var (comma, dot) = (s.LastIndexOf(','), s.LastIndexOf('.'));
        if (comma < 0 && dot < 0)
        {
            return s;
        }
        var mark = Math.Max(comma, dot);
        var separator = s[mark];
        var other = separator == ',' ? '.' : ',';
        var groups = s.Split(separator);
        // "1.234.567" or "1,234" with groups of three after each mark: thousands, not decimals.
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3) && (groups.Length > 2 || s.Contains(other, StringComparison.Ordinal) is false && separator == '.'))
        {
            return s.Replace(separator.ToString(), "", StringComparison.Ordinal).Replace(other.ToString(), "", StringComparison.Ordinal);
        }
        if (groups.Length > 2)
        {
            return null;
        }
        var integer = s[..mark].Replace(other.ToString(), "", StringComparison.Ordinal);
        return integer.Length == 0 ? null : $"{integer}.{s[(mark + 1)..]}";
    }
}
