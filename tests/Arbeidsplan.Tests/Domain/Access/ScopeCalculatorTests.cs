using Arbeidsplan.Domain.Access;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Tests.Domain.Access;

public class ScopeCalculatorTests
{
    private static readonly Guid Umbrella = Guid.NewGuid(), CountyA = Guid.NewGuid(), CountyB = Guid.NewGuid();
    private static readonly Guid BranchA1 = Guid.NewGuid(), BranchA2 = Guid.NewGuid(), BranchB1 = Guid.NewGuid(), YouthA1 = Guid.NewGuid();
    private static readonly Guid RegionNorth = Guid.NewGuid(), JointBoard = Guid.NewGuid(), BoardA = Guid.NewGuid();

    private static readonly OrganisationTree Tree = new(
    [
        (Umbrella, null), (CountyA, Umbrella), (CountyB, Umbrella),
        (BranchA1, CountyA), (BranchA2, CountyA), (BranchB1, CountyB), (YouthA1, BranchA1),
    ]);

    private static readonly Dictionary<Guid, BodyReach> Bodies = new()
    {
        [JointBoard] = new BodyReach(JointBoard, Umbrella, [CountyA, CountyB]),
        [BoardA] = new BodyReach(BoardA, CountyA, []),
    };

    private static readonly RegionMembership[] Regions = [new(BranchA1, RegionNorth)];

    private static AccessScope Scope(params HeldPosition[] held) => ScopeCalculator.Calculate(held, Tree, Bodies, Regions);

    [Fact]
    public void Calculate_LeaderOfCounty_SeesCountyAndEverythingUnder()
    {
        var scope = Scope(new HeldPosition(ScopeKind.Subtree, CountyA, null, null));
        Assert.Equal(new HashSet<Guid> { CountyA, BranchA1, BranchA2, YouthA1 }, scope.Organisations);
    }

    [Fact]
    public void Calculate_RegionContact_SeesOnlyTheBranchesOfTheRegion()
    {
        var scope = Scope(new HeldPosition(ScopeKind.Region, CountyA, null, RegionNorth));
        Assert.Equal(new HashSet<Guid> { BranchA1, YouthA1 }, scope.Organisations);
        Assert.False(scope.CoversOrganisation(CountyA));
        Assert.False(scope.CoversOrganisation(BranchA2));
    }

    [Fact]
    public void Calculate_BoardMemberOwnUnit_SeesTheCountyButNotItsBranches()
    {
        var scope = Scope(new HeldPosition(ScopeKind.OwnUnit, null, BoardA, null));
        Assert.Equal(new HashSet<Guid> { CountyA }, scope.Organisations);
        Assert.True(scope.CoversBody(BoardA, CountyA));
    }

    [Fact]
    public void Calculate_MemberOfJointBody_ReachesEveryOrganisationItDrawsFrom()
    {
        var scope = Scope(new HeldPosition(ScopeKind.Subtree, null, JointBoard, null));
        Assert.True(scope.CoversOrganisation(Umbrella));
        Assert.True(scope.CoversOrganisation(BranchB1));
    }

    [Fact]
    public void Calculate_NoPositions_SeesNothing()
    {
        var scope = Scope();
        Assert.Empty(scope.Organisations);
        Assert.False(scope.CoversOrganisation(CountyA));
    }

    [Fact]
    public void Administrator_CoversEverything()
    {
        Assert.True(AccessScope.Administrator.CoversOrganisation(Guid.NewGuid()));
    }
}
