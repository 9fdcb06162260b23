using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Tests.Domain.Common;

public sealed class NorwegianSortKeyTests
{
    [Fact]
    public void SortKey_UnderOrdinalComparison_SortsTheNorwegianWay()
    {
        string?[] names = ["Åse", "ørnulf", "Zakarias", "Ærlig", "anna", null, "Émile", "Ola"];

        var sorted = names.OrderBy(NorwegianText.SortKey, StringComparer.Ordinal).Select(n => n ?? "(ingen)").ToArray();

        Assert.Equal(["anna", "Émile", "Ola", "Zakarias", "Ærlig", "ørnulf", "Åse", "(ingen)"], sorted);
    }
}
