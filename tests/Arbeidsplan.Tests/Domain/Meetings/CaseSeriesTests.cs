using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class CaseSeriesTests
{
    [Fact]
    public void Take_GivesTheNextNumberOfTheYear()
    {
        var series = new CaseSeries(Guid.NewGuid(), 2027);

        Assert.Equal(new CaseNumber(1, 2027), series.Take());
        Assert.Equal(new CaseNumber(2, 2027), series.Take());
        Assert.Equal(2, series.Last);
    }

    [Fact]
    public void Gaps_ADeletedCase_LeavesItsNumberOut_AndItIsNeverGivenAgain()
    {
        var series = new CaseSeries(Guid.NewGuid(), 2027);
        var taken = Enumerable.Range(0, 5).Select(_ => series.Take().Number).ToList();
        taken.Remove(4);

        Assert.Equal([4], series.Gaps(taken));
        Assert.Equal(6, series.Take().Number);
    }
}
