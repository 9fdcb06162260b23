using System.Text.Json;
using Arbeidsplan.Domain.Elections;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime.Text;

namespace Arbeidsplan.Web.Data;

/// <summary>A campaign plan's phases as one JSON column: a handful, always read and replaced with the plan.</summary>
public sealed class CampaignPhasesConverter() : ValueConverter<IReadOnlyList<CampaignPhase>, string>(
    phases => Write(phases),
    json => Read(json))
{
    /// <summary>The phases are replaced as a whole, never edited in place, so the list itself is its identity.</summary>
    public static readonly ValueComparer<IReadOnlyList<CampaignPhase>> ByReference = new(
        (a, b) => ReferenceEquals(a, b), list => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(list), list => list);

    private sealed record Stored(int Number, string Name, string From, string To);

    private static string Write(IReadOnlyList<CampaignPhase> phases) =>
        JsonSerializer.Serialize(phases.Select(p => new Stored(p.Number, p.Name, LocalDatePattern.Iso.Format(p.From), LocalDatePattern.Iso.Format(p.To))));

    private static IReadOnlyList<CampaignPhase> Read(string json) =>
        [.. JsonSerializer.Deserialize<List<Stored>>(json)!.Select(p =>
            new CampaignPhase(p.Number, p.Name, LocalDatePattern.Iso.Parse(p.From).GetValueOrThrow(), LocalDatePattern.Iso.Parse(p.To).GetValueOrThrow()))];
}
