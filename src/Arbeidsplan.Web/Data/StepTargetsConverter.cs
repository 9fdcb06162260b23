using System.Text.Json;
using Arbeidsplan.Domain.Elections;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime.Text;

namespace Arbeidsplan.Web.Data;

/// <summary>An election's step targets as a JSON object of step name → ISO date, read and written with the election.</summary>
public sealed class StepTargetsConverter() : ValueConverter<IReadOnlyList<StepTarget>, string>(
    targets => Write(targets),
    json => Read(json))
{
    /// <summary>The targets are replaced as a whole, never edited in place, so the list itself is its identity.</summary>
    public static readonly ValueComparer<IReadOnlyList<StepTarget>> ByReference = new(
        (a, b) => ReferenceEquals(a, b), list => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(list), list => list);

    private static string Write(IReadOnlyList<StepTarget> targets) =>
        JsonSerializer.Serialize(targets.ToDictionary(t => t.Kind.ToString(), t => LocalDatePattern.Iso.Format(t.On)));

    private static IReadOnlyList<StepTarget> Read(string json) =>
        [.. JsonSerializer.Deserialize<Dictionary<string, string>>(json)!
            .Where(p => Enum.TryParse<NominationStepKind>(p.Key, out _))
            .Select(p => new StepTarget(Enum.Parse<NominationStepKind>(p.Key), LocalDatePattern.Iso.Parse(p.Value).GetValueOrThrow()))];
}
