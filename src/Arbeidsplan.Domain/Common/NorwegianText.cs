using System.Globalization;
using System.Text;

namespace Arbeidsplan.Domain.Common;

/// <summary>Sorts names the Norwegian way: Æ, Ø and Å after Z.</summary>
public static class NorwegianText
{
    public static readonly StringComparer Comparer = StringComparer.Create(new CultureInfo("nb-NO"), ignoreCase: true);

    /// <summary>Items as a sentence says them: "a", "a og b", "a, b og c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count <= 1
        ? string.Concat(items)
        : string.Join(", ", items.Take(items.Count - 1)) + " og " + items[^1];

    /// <summary>
    /// A key that sorts the Norwegian way under plain ordinal (binary) comparison, as both databases sort a column with the "C"
    /// collation: lower case, accents dropped, and æ, ø, å (ä, ö as their Swedish spellings) moved after z, in that order.
    /// No text sorts last.
    /// </summary>
    public static string SortKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "~";
        }
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            var mapped = c switch
            {
                'æ' or 'ä' => '{',
                'ø' or 'ö' => '|',
                'å' => '}',
                _ => c,
            };
            if (mapped != c)
            {
                key.Append(mapped);
                continue;
            }
            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    key.Append(part);
                }
            }
        }
        return key.ToString();
    }
}
