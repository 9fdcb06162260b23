using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Members;

public sealed class RecruitmentTests
{
    [Fact]
    public void Target_BelowZero_IsRefused()
    {
        var error = Assert.Throws<RuleViolation>(() => new MemberTarget(Guid.NewGuid(), 2027, -5));

        Assert.Equal("Målet kan ikke være under null.", error.Message);
    }

    [Fact]
    public void Campaign_Leaderboard_RanksBranchesByMembersWhoJoinedInThePeriod()
    {
        var (hamar, elverum) = (Guid.NewGuid(), Guid.NewGuid());
        var snapshot = Guid.NewGuid();
        MemberRow Member(string number, Guid branch, LocalDate? joined) => new(1, number, branch, joined, 2026, null, Gender.Unknown);
        var campaign = new RecruitmentCampaign(Guid.NewGuid(), "Verv 50 nye", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)), 50, "Kake");

        var board = campaign.Leaderboard(BranchRoll.Of(snapshot, [
            Member("1", hamar, new LocalDate(2026, 2, 1)), Member("2", elverum, new LocalDate(2026, 3, 1)), Member("3", elverum, new LocalDate(2026, 6, 30)),
            Member("4", hamar, new LocalDate(2025, 12, 31)), Member("5", hamar, null), Member("6", Guid.NewGuid(), new LocalDate(2025, 1, 1)),
        ]));

        Assert.Equal([(elverum, 2), (hamar, 1)], board);
        Assert.Throws<RuleViolation>(() => new RecruitmentCampaign(Guid.NewGuid(), "For lang", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2029, 1, 1)), 5, null));
    }
}
