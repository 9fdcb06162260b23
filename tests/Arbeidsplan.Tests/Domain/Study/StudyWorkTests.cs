using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Study;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Study;

public sealed class StudyWorkTests
{
    private static readonly Guid Branch = Guid.NewGuid();
    private static readonly Guid Material = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static DateInterval Days(LocalDate start, int days) => new(start, start.PlusDays(days - 1));

    [Fact]
    public void StudyCircle_MoreHoursThanItsDaysAllow_IsRefused()
    {
        var e = Assert.Throws<RuleViolation>(() => new StudyCircle(Branch, null, Material, Days(Today, 1), 5, 11, "Per"));

        Assert.Equal("Hours", e.Field);
        Assert.Equal("11 studietimer er mer enn én dag gir rom for: høyst 10 timer.", e.Message);
        Assert.Equal(20, new StudyCircle(Branch, null, Material, Days(Today, 2), 5, 20, "Per").Hours);
    }

    [Theory]
    [InlineData(0, 8, "Participants")]
    [InlineData(5, 0, "Hours")]
    public void StudyCircle_WithoutParticipantsOrHours_IsRefused(int participants, int hours, string field) =>
        Assert.Equal(field, Assert.Throws<RuleViolation>(() => new StudyCircle(Branch, null, Material, Days(Today, 30), participants, hours, "Per")).Field);

    [Fact]
    public void StudyCircle_WithoutALeader_IsRefused() =>
        Assert.Equal("Studieleder må fylles ut.", Assert.Throws<RuleViolation>(() => new StudyCircle(Branch, null, Material, Days(Today, 30), 5, 8, " ")).Message);

    [Fact]
    public void CompleteMaterial_MetByTheMaterialEndedBeforeTheDeadline()
    {
        var requirement = new StudyRequirement(Guid.NewGuid(), "Hvem skal lede", RequirementKind.CompleteMaterial, 2026, Material, new LocalDate(2026, 7, 1));

        var done = requirement.StatusFor([new CircleFact(Branch, null, Other, new LocalDate(2026, 3, 1), 8), new CircleFact(Branch, null, Material, new LocalDate(2026, 4, 30), 8)], Today);
        var wrongMaterial = requirement.StatusFor([new CircleFact(Branch, null, Other, new LocalDate(2026, 4, 30), 8)], Today);
        var stillRunning = requirement.StatusFor([new CircleFact(Branch, null, Material, new LocalDate(2026, 6, 20), 8)], Today);
        var late = requirement.StatusFor([new CircleFact(Branch, null, Material, new LocalDate(2026, 8, 1), 8)], new LocalDate(2026, 9, 1));

        Assert.Equal(new RequirementStatus(RequirementState.Done, new LocalDate(2026, 4, 30)), done);
        Assert.Equal("Gjennomført 30.4.2026", done.Label);
        Assert.Equal(RequirementState.Pending, wrongMaterial.State);
        Assert.Equal(RequirementState.Pending, stillRunning.State);
        Assert.Equal(RequirementState.Missed, late.State);
    }

    [Fact]
    public void CircleEachYear_MetByAnyCircleEndingInTheYear()
    {
        var requirement = new StudyRequirement(Guid.NewGuid(), "Minst én", RequirementKind.CircleEachYear, 2026, Material, null);

        Assert.Null(requirement.MaterialId);
        Assert.Equal(new LocalDate(2026, 12, 31), requirement.DueOn);
        Assert.Equal(RequirementState.Done, requirement.StatusFor([new CircleFact(Branch, null, Other, new LocalDate(2026, 2, 1), 4)], Today).State);
        Assert.Equal(RequirementState.Pending, requirement.StatusFor([new CircleFact(Branch, null, Other, new LocalDate(2025, 12, 1), 4)], Today).State);
    }

    [Fact]
    public void Requirement_WithoutMaterialOrWithADeadlineInAnotherYear_IsRefused()
    {
        Assert.Equal("MaterialId", Assert.Throws<RuleViolation>(() => new StudyRequirement(Branch, "X", RequirementKind.CompleteMaterial, 2026, null, null)).Field);
        Assert.Equal("Fristen må ligge i 2026.",
            Assert.Throws<RuleViolation>(() => new StudyRequirement(Branch, "X", RequirementKind.CompleteMaterial, 2026, Material, new LocalDate(2027, 1, 1))).Message);
    }
}
