using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class CandidateListTests
{
    private static readonly LocalDate ElectionDay = new(2027, 9, 13);

    private static CandidateFacts Facts(int born = 1980, Gender gender = Gender.Woman, bool cumulated = false) => new(born, gender, null, false, cumulated);

    [Fact]
    public void List_KeepsItsPlacesInOrder_WhenCandidatesAreAddedMovedDeclinedAndRemoved()
    {
        var list = new Nomination(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (a, b, c) = (list.AddCandidate(Guid.NewGuid(), Facts()), list.AddCandidate(Guid.NewGuid(), Facts()), list.AddCandidate(Guid.NewGuid(), Facts(), place: 1));

        Assert.Equal([c, a, b], list.Candidates.OrderBy(x => x.Place));
        list.Move(b.Id, 1);
        Assert.Equal([b, c, a], list.Candidates.OrderBy(x => x.Place));
        list.Decline(c.Id, new LocalDate(2026, 11, 1));
        Assert.Equal((1, 0, 2), (b.Place, c.Place, a.Place));
        list.Remove(b.Id);
        Assert.Equal(1, a.Place);
    }

    [Fact]
    public void List_RefusesAPersonTwice_APlaceOffTheList_AndMovingOneWhoDeclined()
    {
        var list = new Nomination(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var person = Guid.NewGuid();
        var first = list.AddCandidate(person, Facts());
        list.Decline(first.Id, new LocalDate(2026, 11, 1));

        Assert.Contains("allerede", Assert.Throws<RuleViolation>(() => list.AddCandidate(person, Facts())).Message);
        Assert.Contains("fra 1 til 1", Assert.Throws<RuleViolation>(() => list.AddCandidate(Guid.NewGuid(), Facts(), place: 3)).Message);
        Assert.Contains("takket nei", Assert.Throws<RuleViolation>(() => list.Move(first.Id, 1)).Message);
        Assert.Single(list.Candidates);
    }

    [Theory]
    [InlineData(21, false, 7, 27, 4)]
    [InlineData(35, false, 7, 41, 6)]
    [InlineData(59, false, 7, 65, 10)]
    [InlineData(57, true, 7, 63, 0)]
    public void Rules_FollowTheElectionActByTheCouncilsSize(int seats, bool countyList, int min, int max, int cumulated) =>
        Assert.Equal(new ListRules(min, max, cumulated), ListRules.For(ListRuleBand.Act, ElectionKind.Local, countyList, seats));

    [Fact]
    public void Rules_AStortingListHasAsManyNamesAsSeats_AndAChangedBandIsWhatCounts()
    {
        var bands = ListRuleBand.Act.ToList();
        bands.Single(b => b.Kind == ElectionKind.Local && b.UpToSeats == 23).Set(9, false, 5, 3);

        Assert.Equal(new ListRules(13, 19, 0), ListRules.For(bands, ElectionKind.Storting, true, 13));
        Assert.Equal(new ListRules(9, 26, 3), ListRules.For(bands, ElectionKind.Local, false, 21));
        Assert.Null(ListRules.For([], ElectionKind.Local, false, 21));
        Assert.Throws<RuleViolation>(() => bands[0].Set(0, false, 6, 4));
    }

    [Fact]
    public void StepDefault_IsADayOfTheElectionYearOrBefore_NeverAfterTheElection_AndRefusesADayThatIsNone()
    {
        Assert.Equal(new LocalDate(2026, 12, 31), new StepDefault(NominationStepKind.TopCandidateChosen, 1, 12, 31).For(new LocalDate(2027, 9, 13)));
        Assert.Equal(new LocalDate(2027, 2, 28), new StepDefault(NominationStepKind.MeetingHeld, 0, 2, 29).For(new LocalDate(2027, 9, 13)));
        Assert.Equal(new LocalDate(2027, 6, 7), new StepDefault(NominationStepKind.ListApproved, 0, 8, 1).For(new LocalDate(2027, 6, 7)));
        Assert.Throws<RuleViolation>(() => new StepDefault(NominationStepKind.ListFiled, 0, 4, 31));
        Assert.Equal(new LocalDate(2026, 11, 30), new Election(Guid.NewGuid(), ElectionKind.Local, new LocalDate(2027, 9, 13),
            defaults: [new StepDefault(NominationStepKind.TopCandidateChosen, 1, 11, 30)]).TargetFor(NominationStepKind.TopCandidateChosen));
    }

    [Fact]
    public void Balance_CountsTheCandidatesStanding_WomenMenYouthNewCumulated()
    {
        var list = new Nomination(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        list.AddCandidate(Guid.NewGuid(), Facts(1970, Gender.Woman, cumulated: true));
        list.AddCandidate(Guid.NewGuid(), Facts(2000, Gender.Man));
        var declined = list.AddCandidate(Guid.NewGuid(), Facts(2001, Gender.Woman));
        list.Decline(declined.Id, new LocalDate(2026, 11, 1));

        Assert.Equal(new ListBalance(2, 1, 1, 1, 2, 1), ListBalance.Of(list.Candidates, ElectionDay));
        Assert.Equal(["Listen må ha minst 7 navn; den har 2."], ListRules.For(ListRuleBand.Act, ElectionKind.Local, false, 21)!.Check(2, 1));
    }
}
