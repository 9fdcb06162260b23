using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Register;

public class RegisterRuleTests
{
    private static readonly Guid Party = Guid.CreateVersion7();

    [Fact]
    public void Term_EndBeforeStart_IsRefusedInNorwegian()
    {
        var error = Assert.Throws<RuleViolation>(() => new Term(new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28)));
        Assert.Equal("To", error.Field);
        Assert.Contains("slutte før", error.Message);
    }

    [Theory]
    [InlineData(2026, 2, 15, true)]
    [InlineData(2027, 2, 14, true)]
    [InlineData(2027, 2, 15, false)]
    [InlineData(2026, 2, 14, false)]
    public void Term_IsActiveOn_IncludesBothEnds(int year, int month, int day, bool expected)
    {
        var term = new Term(new LocalDate(2026, 2, 15), new LocalDate(2027, 2, 14));
        Assert.Equal(expected, term.IsActiveOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void Term_OpenEnded_IsActiveForever()
    {
        Assert.True(new Term(new LocalDate(2020, 1, 1), null).IsActiveOn(new LocalDate(2099, 1, 1)));
    }

    [Theory]
    [InlineData("3403")]
    [InlineData(" 0301 ")]
    public void MunicipalityNumber_FourDigits_Parses(string text)
    {
        Assert.Equal(text.Trim(), MunicipalityNumber.Parse(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("340")]
    [InlineData("34033")]
    [InlineData("34a3")]
    [InlineData("0000")]
    [InlineData(null)]
    public void MunicipalityNumber_Malformed_IsRefused(string? text)
    {
        var error = Assert.Throws<RuleViolation>(() => MunicipalityNumber.Parse(text));
        Assert.Contains("fire sifre", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Organisation_EmptyName_IsRefused(string name)
    {
        var error = Assert.Throws<RuleViolation>(() => new Organisation(name, OrganisationKind.Local, Guid.NewGuid()));
        Assert.Equal("Name", error.Field);
        Assert.Equal("Navn må fylles ut.", error.Message);
    }

    [Fact]
    public void Organisation_NameTooLong_IsRefused()
    {
        var error = Assert.Throws<RuleViolation>(() => new Organisation(new string('x', 201), OrganisationKind.Local, null));
        Assert.Contains("200 tegn", error.Message);
    }

    [Fact]
    public void Organisation_NationalWithParent_IsRefused()
    {
        Assert.Throws<RuleViolation>(() => new Organisation("Partiet", OrganisationKind.National, Guid.NewGuid()));
    }

    [Fact]
    public void Organisation_MovedUnderItsOwnDescendant_IsRefused()
    {
        var county = new Organisation("Fylke", OrganisationKind.County, null);
        var branch = new Organisation("Lag", OrganisationKind.Local, county.Id);
        var tree = new OrganisationTree([(county.Id, null), (branch.Id, county.Id)]);

        var error = Assert.Throws<RuleViolation>(() => county.MoveTo(branch.Id, tree));
        Assert.Equal("ParentId", error.Field);
        Assert.Throws<RuleViolation>(() => county.MoveTo(county.Id, tree));
    }

    [Fact]
    public void Organisation_PlacedInRegionOfAnotherCounty_IsRefused()
    {
        var countyA = new Organisation("A", OrganisationKind.County, null);
        var countyB = new Organisation("B", OrganisationKind.County, null);
        var branch = new Organisation("Lag", OrganisationKind.Local, countyA.Id);
        var tree = new OrganisationTree([(countyA.Id, null), (countyB.Id, null), (branch.Id, countyA.Id)]);

        Assert.Throws<RuleViolation>(() => branch.PlaceInRegion(new Region(countyB.Id, "Nord"), tree));
        branch.PlaceInRegion(new Region(countyA.Id, "Nord"), tree);
        Assert.NotNull(branch.RegionId);
    }

    [Fact]
    public void Person_BadEmailOrPhone_IsRefused()
    {
        Assert.Equal("Email", Assert.Throws<RuleViolation>(() => new Person(Guid.NewGuid(), "Kari", "kari@", null)).Field);
        Assert.Equal("Phone", Assert.Throws<RuleViolation>(() => new Person(Guid.NewGuid(), "Kari", null, "ring meg")).Field);
        Assert.Equal("kari@test.no", new Person(Guid.NewGuid(), "Kari", " Kari@Test.no ", "+47 900 00 000").Email);
    }

    [Fact]
    public void Position_RegionContactWithoutRegion_IsRefused()
    {
        var type = new PositionType(Party, "Regionkontakt", ScopeKind.Region);
        var error = Assert.Throws<RuleViolation>(() =>
            new Position(Guid.NewGuid(), type, Guid.NewGuid(), null, null, new Term(new LocalDate(2026, 1, 1), null)));
        Assert.Equal("RegionId", error.Field);
    }

    [Fact]
    public void Position_BothOrganisationAndBody_IsRefused()
    {
        var type = new PositionType(Party, "Leder", ScopeKind.Subtree);
        Assert.Throws<RuleViolation>(() =>
            new Position(Guid.NewGuid(), type, Guid.NewGuid(), Guid.NewGuid(), null, new Term(new LocalDate(2026, 1, 1), null)));
    }

    [Fact]
    public void Body_DrawMembersFrom_KeepsOthersOnlyOnce()
    {
        var owner = Guid.NewGuid();
        var other = Guid.NewGuid();
        var body = new Body(owner, "Samarbeidsstyret", BodyKind.Board);
        body.DrawMembersFrom([owner, other, other]);
        Assert.Equal([other], body.MemberOrganisations.Select(m => m.OrganisationId));
        body.DrawMembersFrom([]);
        Assert.Empty(body.MemberOrganisations);
    }
}

public class NorwegianTextTests
{
    [Fact]
    public void Comparer_SortsAeOeAaAfterZ()
    {
        string[] names = ["Åmot", "Alvdal", "Østre Toten", "Zeta", "Ærø"];
        Assert.Equal(["Alvdal", "Zeta", "Ærø", "Østre Toten", "Åmot"], names.Order(NorwegianText.Comparer).ToArray());
    }
}
