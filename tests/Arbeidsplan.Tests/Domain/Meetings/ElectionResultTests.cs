using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class ElectionResultTests
{
    private static ElectionResult Office(Guid? proposed = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, proposed, new LocalDate(2027, 3, 13), new LocalDate(2029, 3, 31), 1);

    [Fact]
    public void Register_BeforeAnyoneIsElected_IsRefused()
    {
        var refused = Assert.Throws<RuleViolation>(() => Office(Guid.NewGuid()).Register(Guid.NewGuid()));

        Assert.Equal(nameof(ElectionResult.ElectedPersonId), refused.Field);
    }

    [Fact]
    public void Registered_TakesNoMoreChanges()
    {
        var office = Office();
        office.Elect(Guid.NewGuid(), "ved akklamasjon");
        office.Register(Guid.NewGuid());

        Assert.Throws<RuleViolation>(() => office.Elect(Guid.NewGuid(), null));
        Assert.Throws<RuleViolation>(() => office.Propose(null, new LocalDate(2027, 3, 13), null));
    }

    [Fact]
    public void TakenBack_ForgetsTheVoteToo()
    {
        var office = Office();
        office.Elect(Guid.NewGuid(), "41 av 52 stemmer");
        office.Elect(null, "41 av 52 stemmer");

        Assert.Null(office.ElectedPersonId);
        Assert.Null(office.Vote);
    }

    [Theory]
    [InlineData(2027, 3, 13)]
    [InlineData(2040, 1, 1)]
    public void TermEndingOnOrBeforeItsStart_OrAfterTenYears_IsRefused(int year, int month, int day)
    {
        var refused = Assert.Throws<RuleViolation>(() =>
            new ElectionResult(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, null, new LocalDate(2027, 3, 13), new LocalDate(year, month, day), 1));

        Assert.Equal(nameof(ElectionResult.TermTo), refused.Field);
    }

    [Fact]
    public void BothOrganisationAndBody_IsRefused()
    {
        Assert.Throws<RuleViolation>(() =>
            new ElectionResult(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, new LocalDate(2027, 3, 13), null, 1));
    }
}
