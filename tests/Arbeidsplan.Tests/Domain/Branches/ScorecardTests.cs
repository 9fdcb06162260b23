using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Branches;

public sealed class ScorecardTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);
    private readonly ScorecardSettings settings = new(Guid.NewGuid());

    [Theory]
    [InlineData(100, 100, Light.Green)]
    [InlineData(95, 100, Light.Yellow)]
    [InlineData(94, 100, Light.Red)]
    public void Members_AgainstTarget_ByTheYellowShare(int paying, int target, Light expected) =>
        Assert.Equal(expected, settings.Members(paying, target, lastYearEnd: 10));

    [Fact]
    public void Members_WithoutTarget_ComparesWithLastYearEnd_AndWithoutEitherIsNotJudged()
    {
        Assert.Equal(Light.Green, settings.Members(40, null, 40));
        Assert.Equal(Light.Red, settings.Members(30, null, 40));
        Assert.Equal(Light.None, settings.Members(30, null, null));
        Assert.Equal(Light.None, settings.Members(null, 10, 40));
    }

    [Fact]
    public void AnnualMeeting_MissingIsYellowUntilTheMonthIsOut_ThenRed()
    {
        Assert.Equal(Light.Green, settings.AnnualMeeting(new LocalDate(2026, 1, 20), Today));
        Assert.Equal(Light.Red, settings.AnnualMeeting(new LocalDate(2025, 1, 20), Today));
        Assert.Equal(Light.Yellow, settings.AnnualMeeting(null, new LocalDate(2026, 3, 31)));
        Assert.Equal(Light.Red, settings.AnnualMeeting(null, new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void Contact_And_Checks_ByAgeInDays_AndNeverIsRed()
    {
        Assert.Equal(Light.Green, settings.Contact(Today.PlusDays(-90), Today));
        Assert.Equal(Light.Yellow, settings.Contact(Today.PlusDays(-91), Today));
        Assert.Equal(Light.Red, settings.Contact(Today.PlusDays(-181), Today));
        Assert.Equal(Light.Red, settings.Checked(null, Today));
    }

    [Fact]
    public void Study_AgainstLastYear_AndBoard_ByEmptyPositions()
    {
        Assert.Equal(Light.Green, settings.Study(10, 10));
        Assert.Equal(Light.Yellow, settings.Study(5, 10));
        Assert.Equal(Light.Red, settings.Study(4, 10));
        Assert.Equal(Light.None, settings.Study(0, 0));
        Assert.Equal([Light.Green, Light.Yellow, Light.Red], new[] { 0, 1, 3 }.Select(ScorecardSettings.Board));
        Assert.Equal(5, Lights.Weakness([Light.Red, Light.Red, Light.Yellow, Light.Green, Light.None]));
    }

    [Fact]
    public void Thresholds_ChangeTheLights_AndNonsenseIsRefused()
    {
        settings.SetThresholds(80, 50, 30, 60, 180, 365, 3, 2);

        Assert.Equal(Light.Yellow, settings.Members(80, 100, null));
        Assert.Equal(Light.Yellow, settings.Contact(Today.PlusDays(-31), Today));
        Assert.Equal(Light.Yellow, settings.RegionMeetings(2));
        Assert.Equal("Grensen for gult kan ikke være kortere enn grensen for grønt.",
            Assert.Throws<RuleViolation>(() => settings.SetThresholds(95, 50, 90, 30, 180, 365, 2, 3)).Message);
        Assert.Equal("MembersYellowPercent", Assert.Throws<RuleViolation>(() => settings.SetThresholds(120, 50, 90, 180, 180, 365, 2, 3)).Field);
    }

    [Fact]
    public void BranchCheck_InTheFuture_IsRefused_AndAnEmptyDateKeepsTheLastOne()
    {
        var check = new BranchCheck(Guid.NewGuid());
        check.Record(Today, null, Today);
        check.Record(null, Today.PlusDays(-3), Today);

        Assert.Equal((Today, Today.PlusDays(-3)), (check.WebsiteCheckedOn, check.SocialMediaCheckedOn));
        Assert.Equal("En sjekk kan ikke være fram i tid.", Assert.Throws<RuleViolation>(() => check.Record(Today.PlusDays(1), null, Today)).Message);
    }
}
