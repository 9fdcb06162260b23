namespace Arbeidsplan.Domain.Common;

/// <summary>Sorts names the Norwegian way: Æ, Ø and Å after Z.</summary>
public static class NorwegianText
{
    public static readonly StringComparer Comparer = StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), ignoreCase: true);
}
