using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Branches;

public sealed class BranchFlagTests
{
    private static readonly LocalDate May = new(2026, 5, 1);

    [Fact]
    public void Flag_WithoutAReason_IsRefused() =>
        Assert.Equal("Velg minst én grunn til oppfølgingen.",
            Assert.Throws<RuleViolation>(() => new BranchFlag(Guid.NewGuid(), FlagReason.None, "Noe", May)).Message);

    [Fact]
    public void Close_BeforeItWasSet_OrTwice_IsRefused()
    {
        var flag = new BranchFlag(Guid.NewGuid(), FlagReason.Finances, "Regnskapet mangler", May);

        Assert.Throws<RuleViolation>(() => flag.Close(May.PlusDays(-1), "For tidlig"));
        flag.Close(May.PlusDays(10), "Levert");
        Assert.False(flag.IsOpen);
        Assert.Throws<RuleViolation>(() => flag.Close(May.PlusDays(11), "Igjen"));
    }

    [Fact]
    public void Reasons_AreReadInNorwegian() =>
        Assert.Equal("verving, medlemspleie, sosiale medier", (FlagReason.Recruitment | FlagReason.MemberCare | FlagReason.SocialMedia).Label());
}
