using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class DelegateRuleTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(50, 2)]
    [InlineData(51, 3)]
    [InlineData(100, 3)]
    [InlineData(101, 4)]
    public void Usual_TwoForTheFirstFifty_AndOneForEachStartedFifty(int paying, int delegates)
    {
        Assert.Equal(delegates, DelegateRule.Usual(Guid.NewGuid()).DelegatesFor(paying));
    }

    [Theory]
    [InlineData(24, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 2)]
    [InlineData(500, 3)]
    public void FullGroups_WithACap_CountOnlyWholeGroupsUpToTheCap(int paying, int delegates)
    {
        var rule = new DelegateRule(Guid.NewGuid(), 1, 25, 25, startedCounts: false, maxPerBranch: 3, new AnnualDate(12, 31));

        Assert.Equal(delegates, rule.DelegatesFor(paying));
    }

    [Fact]
    public void Describe_SaysTheRuleAsStatutesDo_AndTheCountDateIsTheYearBefore()
    {
        var rule = new DelegateRule(Guid.NewGuid(), 2, 50, 50, true, 6, new AnnualDate(12, 31));

        Assert.Equal("2 utsendinger for de første 50 betalende medlemmene og 1 for hver påbegynte 50 medlemmer utover, høyst 6 per lokallag. "
            + "Medlemstallet per 31. desember året før teller.", rule.Describe());
        Assert.Equal(new LocalDate(2026, 12, 31), rule.CountDateFor(new LocalDate(2027, 3, 13)));
    }

    [Theory]
    [InlineData(0, 50, 50, null, "BaseDelegates")]
    [InlineData(2, -1, 50, null, "BaseCovers")]
    [InlineData(2, 50, 0, null, "MembersPerExtra")]
    [InlineData(3, 50, 50, 2, "MaxPerBranch")]
    public void OutOfRange_IsRefusedOnItsField(int baseDelegates, int covers, int? per, int? max, string field)
    {
        var refused = Assert.Throws<RuleViolation>(() => new DelegateRule(Guid.NewGuid(), baseDelegates, covers, per, true, max, new AnnualDate(12, 31)));

        Assert.Equal(field, refused.Field);
    }
}
