using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class NominationTests
{
    private static readonly LocalDate ElectionDay = new(2027, 9, 13);
    private static readonly LocalDate Today = new(2026, 12, 1);

    [Fact]
    public void Election_StartsWithTheDefaultTargets_TopCandidateBeforeNewYear_AndTheActsFilingDeadline()
    {
        var election = new Election(Guid.NewGuid(), ElectionKind.Local, ElectionDay);

        Assert.Equal(new LocalDate(2026, 12, 31), election.TargetFor(NominationStepKind.TopCandidateChosen));
        Assert.Equal(new LocalDateTime(2027, 3, 31, 12, 0), election.FilingDeadline);
        Assert.Equal("Kommune- og fylkestingsvalg 2027", election.Name);
    }

    [Fact]
    public void Election_RefusesATargetAfterTheElectionDay()
    {
        var election = new Election(Guid.NewGuid(), ElectionKind.Local, ElectionDay);

        var refused = Assert.Throws<RuleViolation>(() => election.SetTargets([new StepTarget(NominationStepKind.ListApproved, new LocalDate(2027, 10, 1))]));
        election.SetTargets([new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 11, 15))]);

        Assert.Contains("etter valgdagen", refused.Message);
        Assert.Equal(new LocalDate(2026, 11, 15), election.TargetFor(NominationStepKind.TopCandidateChosen));
        Assert.Equal(new LocalDate(2026, 9, 1), election.TargetFor(NominationStepKind.CommitteeAppointed));
    }

    [Fact]
    public void Record_OutOfOrder_IsSaved_WithAWarningThatNamesTheStepsBefore()
    {
        var nomination = new Nomination(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var (_, warning) = nomination.Record(NominationStepKind.ListAdopted, new LocalDate(2026, 11, 20), ElectionDay, Today, "Kari", null);
        nomination.Record(NominationStepKind.CommitteeAppointed, new LocalDate(2026, 9, 1), ElectionDay, Today, "Kari", null);
        var (_, again) = nomination.Record(NominationStepKind.CommitteeAppointed, new LocalDate(2026, 9, 2), ElectionDay, Today, "Kari", null);

        Assert.Contains("«nominasjonskomité oppnevnt»", warning);
        Assert.Contains("«nominasjonsmøte holdt»", warning);
        Assert.Null(again);
        Assert.Equal(new LocalDate(2026, 9, 2), Assert.Single(nomination.Steps, s => s.Kind == NominationStepKind.CommitteeAppointed).On);
    }

    [Fact]
    public void Record_AfterTheElectionDayOrInTheFuture_IsRefused()
    {
        var nomination = new Nomination(Guid.NewGuid(), Guid.NewGuid(), null);

        Assert.Contains("etter valgdagen", Assert.Throws<RuleViolation>(() => nomination.Record(NominationStepKind.ListFiled, new LocalDate(2027, 9, 14), ElectionDay, new LocalDate(2027, 9, 20), "Kari", null)).Message);
        Assert.Contains("etter i dag", Assert.Throws<RuleViolation>(() => nomination.Record(NominationStepKind.ListFiled, new LocalDate(2026, 12, 2), ElectionDay, Today, "Kari", null)).Message);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-11-30", StepLight.Late)]
    [InlineData("2026-12-01", "2026-12-31", StepLight.Soon)]
    [InlineData("2026-12-01", "2027-02-15", StepLight.NotDue)]
    public void Light_IsOverdueWithinAMonthOrNotYetDue(string today, string target, StepLight expected) =>
        Assert.Equal(expected, StepLights.Of(null, NodaTime.Text.LocalDatePattern.Iso.Parse(target).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value));
}
