using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class QuorumOutlookTests
{
    [Theory]
    [InlineData(7, 4, 0, true, false)]
    [InlineData(7, 3, 1, false, false)]
    [InlineData(7, 2, 1, false, true)]
    [InlineData(6, 3, 3, false, false)]
    [InlineData(6, 4, 0, true, false)]
    public void MoreThanHalf_CountsTheComingAndTheUnanswered(int members, int coming, int unanswered, bool quorate, bool cannot)
    {
        var outlook = QuorumOutlook.Of(QuorumRule.MoreThanHalf, members, coming, unanswered);

        Assert.Equal(quorate, outlook.IsQuorate);
        Assert.Equal(cannot, outlook.CannotBe);
    }

    [Fact]
    public void StatutesRule_NamesTheLeastNumber_AndTheTextSaysIt()
    {
        var outlook = QuorumOutlook.Of(new QuorumRule(3), 9, 2, 0);

        Assert.False(outlook.IsQuorate);
        Assert.Equal("Ikke vedtaksført: bare 2 med stemmerett kan komme, 3 trengs. Kall inn flere varamedlemmer eller flytt møtet.", outlook.Text);
    }

    [Fact]
    public void NoVotingMembers_IsNeverQuorate()
    {
        Assert.False(QuorumOutlook.Of(QuorumRule.MoreThanHalf, 0, 0, 0).IsQuorate);
    }
}
