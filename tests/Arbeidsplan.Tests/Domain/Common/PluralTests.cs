using Arbeidsplan.Domain.Common;

namespace Arbeidsplan.Tests.Domain.Common;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 årsmøter")]
    [InlineData(1, "1 årsmøte")]
    [InlineData(2, "2 årsmøter")]
    public void Of_OneIsSingular_AnyOtherCountPlural(int count, string expected) => Assert.Equal(expected, Plural.Of(count, "årsmøte", "årsmøter"));
}
