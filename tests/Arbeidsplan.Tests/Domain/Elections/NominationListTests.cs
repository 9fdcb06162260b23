using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class NominationListTests
{
    private static readonly Guid National = Guid.NewGuid(), Umbrella = Guid.NewGuid(), Hedmark = Guid.NewGuid(), Oppland = Guid.NewGuid(), Hamar = Guid.NewGuid();
    private static readonly Guid HamarTown = Guid.NewGuid(), Engerdal = Guid.NewGuid(), Lom = Guid.NewGuid();

    private static readonly OrganisationTree Tree = new([(National, null), (Umbrella, National), (Hedmark, Umbrella), (Oppland, Umbrella), (Hamar, Hedmark)]);

    private static readonly Dictionary<Guid, OrganisationKind> Kinds = new()
    {
        [National] = OrganisationKind.National, [Umbrella] = OrganisationKind.Umbrella, [Hedmark] = OrganisationKind.CountyPart,
        [Oppland] = OrganisationKind.CountyPart, [Hamar] = OrganisationKind.Local,
    };

    private static IReadOnlyList<NominationList> Lists(ElectionKind kind) => NominationList.Of(new Election(National, kind, new LocalDate(2027, 9, 13)),
        [(Hedmark, HamarTown, "Hamar"), (Hedmark, Engerdal, "Engerdal"), (Oppland, Lom, "Lom")], [(Hamar, HamarTown)], Tree, Kinds,
        id => id == Umbrella ? "Innlandet" : id == Hedmark ? "Hedmark" : "Oppland");

    [Fact]
    public void LocalElection_HasAListPerMunicipality_ByItsBranchOrItsCounty_AndOneCountyCouncilListForCountiesThatShareOne()
    {
        var lists = Lists(ElectionKind.Local);

        Assert.Equal([("Hamar", Hamar), ("Engerdal", Hedmark), ("Lom", Oppland), ("Fylkestinget (Innlandet)", Umbrella)], lists.Select(l => (l.Name, l.Owner)));
    }

    [Fact]
    public void StortingElection_HasEachCountysOwnListOnly_TheOldCountiesNominateSeparately()
    {
        var lists = Lists(ElectionKind.Storting);

        Assert.Equal([("Stortingslista (Hedmark)", Hedmark), ("Stortingslista (Oppland)", Oppland)], lists.Select(l => (l.Name, l.Owner)));
        Assert.All(lists, l => Assert.Null(l.Municipality));
    }

    [Fact]
    public void Step_PointsOnlyWhereItsKindCan()
    {
        var nomination = new Nomination(Guid.NewGuid(), Hedmark, HamarTown);
        var on = new LocalDate(2026, 5, 1);

        var (linked, _) = nomination.Record(NominationStepKind.MeetingHeld, on, new LocalDate(2027, 9, 13), on, "Kari", null, Guid.NewGuid());
        var refused = Assert.Throws<RuleViolation>(() => nomination.Record(NominationStepKind.SurveySent, on, new LocalDate(2027, 9, 13), on, "Kari", null, Guid.NewGuid()));

        Assert.NotNull(linked.LinkId);
        Assert.Contains("knyttes ikke", refused.Message);
    }
}
