using Arbeidsplan.Domain.Branches;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Tests.Domain.Register;

public sealed class PositionRoleTests
{
    private static readonly Guid Party = Guid.CreateVersion7();

    [Theory]
    [InlineData("Leder", PositionRole.Leads | PositionRole.VotesInBody)]
    [InlineData("Lokallagsleder", PositionRole.Leads | PositionRole.VotesInBody)]
    [InlineData("Politisk nestleder", PositionRole.Deputy | PositionRole.PoliticalDeputy | PositionRole.VotesInBody)]
    [InlineData("Studieleder", PositionRole.StudyLeader | PositionRole.VotesInBody)]
    [InlineData("Gruppeleder fylkestingsgruppa", PositionRole.None)]
    [InlineData("Regionkontakt", PositionRole.RegionContact | PositionRole.ReceivesDigest)]
    [InlineData("Varamedlem til styret", PositionRole.DeputyMember)]
    [InlineData("1. vara", PositionRole.DeputyMember)]
    public void Suggest_FromTheName_IsOnlyTheStartingPoint(string name, PositionRole expected)
    {
        Assert.Equal(expected, PositionRoles.Suggest(name));
        Assert.Equal(expected, new PositionType(Party, name, ScopeKind.Subtree).Roles);
        Assert.Equal(PositionRole.Secretary, new PositionType(Party, name, ScopeKind.Subtree, roles: PositionRole.Secretary).Roles);
    }

    [Fact]
    public void PositionType_WithoutAParty_IsRefused()
    {
        Assert.Equal("PartyId", Assert.Throws<RuleViolation>(() => new PositionType(Guid.Empty, "Leder", ScopeKind.Subtree)).Field);
    }

    [Fact]
    public void RootOf_IsTheTopOfTheTree_TheParty()
    {
        var (party, county, branch, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var tree = new OrganisationTree([(party, null), (county, party), (branch, county), (other, null)]);

        Assert.Equal(party, tree.RootOf(branch));
        Assert.Equal(party, tree.RootOf(party));
        Assert.Equal(other, tree.RootOf(other));
    }

    [Fact]
    public void Update_WithAnUnknownRole_IsRefused()
    {
        var type = new PositionType(Party, "Leder", ScopeKind.Subtree);

        Assert.Equal("Roles", Assert.Throws<RuleViolation>(() => type.Update("Leder", ScopeKind.Subtree, null, 10, (PositionRole)(1 << 20))).Field);
    }

    [Fact]
    public void ScorecardDefault_ReadsRolesNotNames_AndTakesTheLeaderTheBranchesHold()
    {
        var (chair, branchChair, cashier, officer, study, secretary) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        BoardCandidate[] types =
        [
            new(chair, PositionRole.Leads | PositionRole.VotesInBody, 2),
            new(branchChair, PositionRole.Leads, 40), // "Formann" in another party: the branches hold it, so it is the branch leader
            new(cashier, PositionRole.Treasurer, 30),
            new(officer, PositionRole.MemberOfficer, 30),
            new(study, PositionRole.StudyLeader, 30),
            new(secretary, PositionRole.Secretary, 30),
        ];

        var settings = ScorecardSettings.Default(Guid.NewGuid(), types);

        Assert.Equal([branchChair, cashier, officer, study], settings.RequiredPositionTypeIds);
        Assert.Equal([branchChair, officer], settings.MemberListPositionTypeIds);
        Assert.False(settings.KeepMemberNames);
    }
}
