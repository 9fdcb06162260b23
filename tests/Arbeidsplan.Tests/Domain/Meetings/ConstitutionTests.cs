using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Meetings;

namespace Arbeidsplan.Tests.Domain.Meetings;

public sealed class ConstitutionTests
{
    [Fact]
    public void Constitute_KeepsTheRolesAndCounters_WithoutBlanksOrRepeats()
    {
        var c = new Constitution(Guid.NewGuid(), "Anne Dirigent", "Rita Referent", "Per Pen", "Siv Strek", ["Tor Teller", " ", "tor teller", "Una Teller"]);

        Assert.Equal(["Tor Teller", "Una Teller"], c.Counters);
        Assert.Equal(["protokollunderskriver"], c.RolesOf("Siv Strek"));
    }

    [Fact]
    public void TheSameSignerTwice_IsRefused()
    {
        var refused = Assert.Throws<RuleViolation>(() => new Constitution(Guid.NewGuid(), "Anne Dirigent", "Rita Referent", "Per Pen", "per pen", []));

        Assert.Equal(nameof(Constitution.SecondSigner), refused.Field);
    }

    [Fact]
    public void TheChairSigningTheMinutes_IsRefused()
    {
        var refused = Assert.Throws<RuleViolation>(() => new Constitution(Guid.NewGuid(), "Anne Dirigent", "Rita Referent", "Anne Dirigent", "Siv Strek", []));

        Assert.Equal(nameof(Constitution.FirstSigner), refused.Field);
    }

    [Fact]
    public void Forget_TakesTheNameOutOfEveryRole()
    {
        var c = new Constitution(Guid.NewGuid(), "Anne Dirigent", "Rita Referent", "Per Pen", "Siv Strek", ["Rita Referent", "Tor Teller"]);

        Assert.True(c.Forget("Rita Referent", Erased.Name));
        Assert.Equal(Erased.Name, c.MinuteTaker);
        Assert.Equal([Erased.Name, "Tor Teller"], c.Counters);
        Assert.False(c.Forget("Rita Referent", Erased.Name));
    }
}
