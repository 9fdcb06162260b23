namespace Arbeidsplan.Domain.Branches;

public static class Lights
{
    public static string Label(this Light light) => light switch
    {
        Light.Green => "grønt",
        Light.Yellow => "gult",
        Light.Red => "rødt",
        _ => "ikke vurdert",
    };

    /// <summary>How weak a row is: two for each red, one for each yellow; the scorecard sorts the weakest first.</summary>
    public static int Weakness(IEnumerable<Light> lights) => lights.Sum(l => l switch { Light.Red => 2, Light.Yellow => 1, _ => 0 });
}
