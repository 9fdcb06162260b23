using System.Text.Json;
using Arbeidsplan.Domain.Reports;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Arbeidsplan.Web.Data;

/// <summary>The accounts' summary lines as a JSON array of [label, amount] pairs.</summary>
public sealed class AccountLinesConverter() : ValueConverter<IReadOnlyList<AccountLine>, string>(
    lines => Write(lines),
    json => Read(json))
{
    /// <summary>The lines are replaced as a whole, never edited in place, so the list itself is its identity.</summary>
    public static readonly ValueComparer<IReadOnlyList<AccountLine>> ByReference = new(
        (a, b) => ReferenceEquals(a, b), list => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(list), list => list);

    private static string Write(IReadOnlyList<AccountLine> lines) =>
        JsonSerializer.Serialize(lines.Select(l => new object[] { l.Label, l.Amount }));

    private static IReadOnlyList<AccountLine> Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new AccountLine(e[0].GetString() ?? "", e[1].GetInt64()))];
    }
}
