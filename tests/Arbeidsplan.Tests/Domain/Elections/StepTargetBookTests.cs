using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class StepTargetBookTests
{
    private static readonly Guid National = Guid.NewGuid();
    private static readonly Guid Umbrella = Guid.NewGuid();
    private static readonly Guid County = Guid.NewGuid();
    private static readonly Guid OtherCounty = Guid.NewGuid();
    private static readonly OrganisationTree Tree = new([(National, null), (Umbrella, National), (County, Umbrella), (OtherCounty, National)]);

    private static CountyStepTargets Own(Election election, Guid organisation, params StepTarget[] targets)
    {
        var own = new CountyStepTargets(election.Id, organisation);
        own.Set(targets, election.Day, election.TargetFor);
        return own;
    }

    [Fact]
    public void For_TheCountysOwnTargetWins_ThenTheNearestAbove_ThenTheElections()
    {
        var election = new Election(National, ElectionKind.Local, new LocalDate(2027, 9, 13));
        var book = new StepTargetBook(election, [
            Own(election, County, new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 11, 30))),
            Own(election, Umbrella, new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 12, 15)), new StepTarget(NominationStepKind.SurveySent, new LocalDate(2026, 10, 1))),
        ], Tree);

        Assert.Equal(new LocalDate(2026, 11, 30), book.For(County, NominationStepKind.TopCandidateChosen));
        Assert.Equal(new LocalDate(2026, 10, 1), book.For(County, NominationStepKind.SurveySent));
        Assert.Equal(new LocalDate(2026, 9, 1), book.For(County, NominationStepKind.CommitteeAppointed));
        Assert.Equal(new LocalDate(2026, 12, 31), book.For(OtherCounty, NominationStepKind.TopCandidateChosen));
    }

    [Fact]
    public void For_AnotherElectionsTargets_ArePassedOver()
    {
        var election = new Election(National, ElectionKind.Local, new LocalDate(2027, 9, 13));
        var other = new Election(National, ElectionKind.Local, new LocalDate(2027, 9, 13));

        var book = new StepTargetBook(election, [Own(other, County, new StepTarget(NominationStepKind.ListFiled, new LocalDate(2027, 1, 1)))], Tree);

        Assert.Equal(new LocalDate(2027, 3, 31), book.For(County, NominationStepKind.ListFiled));
    }

    [Fact]
    public void CountyStepTargets_RefuseATargetAfterTheElectionDay()
    {
        var own = new CountyStepTargets(Guid.NewGuid(), County);

        var refused = Assert.Throws<RuleViolation>(() => own.Set([new StepTarget(NominationStepKind.ListApproved, new LocalDate(2027, 10, 1))], new LocalDate(2027, 9, 13), _ => new LocalDate(2027, 9, 13)));

        Assert.Contains("«Liste godkjent» er etter valgdagen 13.9.2027", refused.Message);
        Assert.Empty(own.Targets);
    }

    [Fact]
    public void CountyStepTargets_RefuseATargetLaterThanTheOneFromAbove_AnOwnTargetOnlyTightens()
    {
        var election = new Election(National, ElectionKind.Local, new LocalDate(2027, 9, 13));
        var own = new CountyStepTargets(election.Id, County);

        var refused = Assert.Throws<RuleViolation>(() => own.Set([new StepTarget(NominationStepKind.ListFiled, new LocalDate(2027, 4, 15))], election.Day, election.TargetFor));
        own.Set([new StepTarget(NominationStepKind.ListFiled, new LocalDate(2027, 3, 1))], election.Day, election.TargetFor);

        Assert.Contains("«Listeforslag levert» kan ikke være senere enn 31.3.2027", refused.Message);
        Assert.Equal(new LocalDate(2027, 3, 1), own.Targets.Single().On);
    }

    [Fact]
    public void For_AnElectionTargetMovedBeforeACountysOwn_WinsOverIt_AndAboveIsWhatTheCountyFollowsWithoutItsOwn()
    {
        var election = new Election(National, ElectionKind.Local, new LocalDate(2027, 9, 13));
        var book = new StepTargetBook(election, [
            Own(election, County, new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 12, 20))),
            Own(election, Umbrella, new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 12, 24))),
        ], Tree);
        var aboveBefore = book.Above(County, NominationStepKind.TopCandidateChosen);
        election.SetTargets([new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 12, 10))]);

        Assert.Equal(new LocalDate(2026, 12, 24), aboveBefore);
        Assert.Equal(new LocalDate(2026, 12, 10), book.For(County, NominationStepKind.TopCandidateChosen));
        Assert.Equal(new LocalDate(2026, 12, 10), book.Above(County, NominationStepKind.TopCandidateChosen));
    }
}
