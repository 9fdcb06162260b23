using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Tests.Domain.Register;

public sealed class BodyKindsTests
{
    [Theory]
    [InlineData("Arbeidsutvalget", BodyKind.ExecutiveCommittee)]
    [InlineData("AU", BodyKind.ExecutiveCommittee)]
    [InlineData("Fylkesstyret", BodyKind.Board)]
    [InlineData("Ordførerforum", BodyKind.Forum)]
    [InlineData("Kvinnenettverket", BodyKind.Network)]
    [InlineData("Årsmøtet", BodyKind.AnnualMeeting)]
    [InlineData("Valgnemnda", BodyKind.Committee)]
    public void FromName_SaysTheKindTheNameSays_OtherwiseACommittee(string name, BodyKind expected) =>
        Assert.Equal(expected, BodyKinds.FromName(name));
}
