using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class CaseNumberTests
{
    [Fact]
    public void ToString_IsHowBoardsWriteIt() => Assert.Equal("Sak 12/26", new CaseNumber(12, 2026).ToString());

    [Fact]
    public void Short_KeepsTheLeadingZeroOfTheYear() => Assert.Equal("3/07", new CaseNumber(3, 2007).Short);

    [Theory]
    [InlineData("Sak 12/26", 12, 2026)]
    [InlineData("sak 1/2027", 1, 2027)]
    [InlineData(" 7 / 27 ", 7, 2027)]
    public void Parse_ReadsTheUsualSpellings(string text, int number, int year) =>
        Assert.Equal(new CaseNumber(number, year), CaseNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("Sak 0/26")]
    [InlineData("Sak 12")]
    [InlineData("12/1999")]
    [InlineData("Sak 12/26 og 13/26")]
    public void Parse_SomethingElse_IsNull(string text) => Assert.Null(CaseNumber.Parse(text));

    [Fact]
    public void Constructor_NumberBelowOne_IsRefusedInNorwegian() =>
        Assert.Equal("Saksnummeret må være mellom 1 og 9999.", Assert.Throws<RuleViolation>(() => new CaseNumber(0, 2026)).Message);
}
