namespace Arbeidsplan.Domain.Common;

/// <summary>A count with its noun in the right number: "1 årsmøte", "3 årsmøter", "0 årsmøter".</summary>
public static class Plural
{
    public static string Of(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
