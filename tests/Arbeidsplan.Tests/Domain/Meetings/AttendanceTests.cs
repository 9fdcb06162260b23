using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class AttendanceTests
{
    [Theory]
    [InlineData(7, 4, true)]
    [InlineData(7, 3, false)]
    [InlineData(8, 4, false)]
    [InlineData(8, 5, true)]
    [InlineData(0, 0, false)]
    public void MoreThanHalf_NeedsAMajorityOfTheVotingMembers(int members, int present, bool quorate) =>
        Assert.Equal(quorate, QuorumRule.MoreThanHalf.IsQuorate(members, present));

    [Fact]
    public void AtLeast_FromTheStatutes_Wins() => Assert.Equal(3, new QuorumRule(3).Needed(11));

    [Fact]
    public void QuorumRule_OfNone_IsRefused() => Assert.Throws<RuleViolation>(() => new QuorumRule(0));

    [Fact]
    public void DeputyCall_TwoAbsent_CallsTheFirstTwoDeputiesWhoCanCome()
    {
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var called = DeputyCall.Called([first, second, third], 2, new HashSet<Guid> { first });

        Assert.Equal([second, third], called);
    }

    [Fact]
    public void DeputyCall_NobodyAbsent_CallsNobody() => Assert.Empty(DeputyCall.Called([Guid.NewGuid()], 0, new HashSet<Guid>()));

    [Fact]
    public void Answer_Again_ReplacesTheFirst()
    {
        var at = Instant.FromUtc(2027, 1, 2, 10, 0);
        var attendance = new Attendance(Guid.NewGuid(), Guid.NewGuid(), AttendanceRole.Member, AttendanceAnswer.Coming, null, at);

        attendance.Answer(AttendanceAnswer.Absent, "Syk", at.Plus(Duration.FromDays(3)));

        Assert.Equal((AttendanceAnswer.Absent, "Syk"), (attendance.Reply, attendance.Note));
    }
}
