using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using NodaTime;
using static Arbeidsplan.Web.Features.Demo.DemoPositionTypes;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>A sign-in to create for the demo: linked to a demo person, or an administrator with no person.</summary>
internal sealed record DemoAccount(string Email, string Description, Guid? PersonId, bool IsAdministrator);

/// <summary>
/// The made-up people of the demo with their positions and public offices, and the sign-ins that show each level
/// of access: county leader, board member and region contact, region contact only, local branch leader.
/// </summary>
internal sealed class DemoPeople
{
    /// <summary>The terms start in this year, or later once the clock has passed their end, so the demo positions are held today.</summary>
    private const int FirstYear = 2026;

    private const string HedmarkenRegion = "Hedmarken";
    private const string KongsvingerRegion = "Kongsvingerregionen";
    private const string HamarBranch = "Hamar";

    /// <summary>Municipal and county councils elected in 2023.</summary>
    private static readonly Term CouncilTerm = new(new LocalDate(2023, 10, 1), new LocalDate(2027, 9, 30));

    /// <summary>The Storting elected in 2025.</summary>
    private static readonly Term ParliamentTerm = new(new LocalDate(2025, 10, 1), new LocalDate(2029, 9, 30));

    /// <summary>Branches left without a leader, so the follow-up has incomplete boards to show.</summary>
    private static readonly HashSet<string> BranchesWithoutLeader = new(StringComparer.Ordinal) { "Engerdal", "Etnedal", "Hurdal" };

    /// <summary>Branches with more of their board registered than the leader.</summary>
    private static readonly Dictionary<string, string[]> BranchOfficers = new(StringComparer.Ordinal)
    {
        ["Hamar"] = [Treasurer, StudyLeader, MemberOfficer],
        ["Kongsvinger"] = [Treasurer, MemberOfficer, CampaignContact],
        ["Ringsaker"] = [Treasurer, StudyLeader],
        ["Elverum"] = [StudyLeader, Secretary],
        ["Lillehammer"] = [Treasurer, StudyLeader],
        ["Gjøvik"] = [MemberOfficer],
        ["Ullensaker"] = [Treasurer, StudyLeader, MemberOfficer],
        ["Bærum"] = [Treasurer, Secretary],
        ["Lillestrøm"] = [CampaignContact],
    };

    /// <summary>Hedmark municipalities with a mayor from the party.</summary>
    private static readonly string[] MayorMunicipalities = ["Åsnes", "Alvdal"];

    private readonly DemoWorld world;
    private readonly DemoPositionTypes types;
    private readonly HashSet<string> emails = new(StringComparer.Ordinal);
    private readonly List<Person> people = [];
    private readonly List<Position> positions = [];
    private readonly List<PublicOffice> publicOffices = [];
    private readonly List<DemoAccount> accounts = [];
    private int nextName;

    public DemoPeople(DemoWorld world, DemoPositionTypes types, LocalDate today)
    {
        this.world = world;
        this.types = types;
        var hedmarkTerm = TermFrom(today, 2, 15); // Hedmark holds its annual meeting 14.–15. February.
        var springTerm = TermFrom(today, 3, 8); // Oppland and Akershus hold theirs in early March.

        // The people are made in this order: each one's made-up name is the next in the list.
        var (hedmark, groupLeader, regionContact) = BuildHedmark(hedmarkTerm);
        var oppland = BuildBoard(world.Oppland, world.OpplandBoard, world.OpplandExecutive, springTerm);
        BuildJointBoard(hedmark, oppland, groupLeader, springTerm);
        var akershus = BuildAkershus(springTerm);
        var hamarLeader = BuildBranches(hedmarkTerm, springTerm);
        BuildHamarNomination(hedmarkTerm);
        AddMayors();
        AddAccounts(hedmark, regionContact, hamarLeader, akershus);
    }

    /// <summary>Hedmark's board with its group leader and member of parliament, and a region contact who is not on the board.</summary>
    private (Board Board, Person GroupLeader, Person RegionContact) BuildHedmark(Term term)
    {
        var hedmark = BuildBoard(world.Hedmark, world.HedmarkBoard, world.HedmarkExecutive, term);
        var groupLeader = NewPerson(world.Hedmark);
        Sit(groupLeader, CouncilGroupLeader, world.HedmarkBoard, term);
        publicOffices.Add(new PublicOffice(groupLeader.Id, PublicOfficeKind.GroupLeader, "Innlandet fylkesting", null, CouncilTerm));
        var parliamentMember = NewPerson(world.Hedmark);
        Sit(parliamentMember, MemberOfParliament, world.HedmarkBoard, term);
        publicOffices.Add(new PublicOffice(parliamentMember.Id, PublicOfficeKind.MemberOfParliament, "Stortinget", null, ParliamentTerm));

        // A region contact who is not on the board: sees the branches of one region and nothing else.
        var regionContact = NewPerson(world.Hedmark);
        Hold(regionContact, RegionContact, world.Hedmark, term, world.RegionNamed(KongsvingerRegion));
        return (hedmark, groupLeader, regionContact);
    }

    /// <summary>The joint board of Innlandet: both executive committees and the group leader in the county council.</summary>
    private void BuildJointBoard(Board hedmark, Board oppland, Person groupLeader, Term term)
    {
        Sit(hedmark.Leader, Leader, world.Cooperation, term);
        var jointMembers = new[]
        {
            hedmark.OrganisationalDeputy, hedmark.PoliticalDeputy,
            oppland.Leader, oppland.OrganisationalDeputy, oppland.PoliticalDeputy, groupLeader,
        };
        foreach (var member in jointMembers)
        {
            Sit(member, BoardMember, world.Cooperation, term);
        }
    }

    /// <summary>Akershus: 1. nestleder is the political deputy and leads the policy committee, 2. nestleder the organisational one.</summary>
    private Board BuildAkershus(Term term)
    {
        var akershus = BuildBoard(world.Akershus, world.AkershusBoard, null, term);
        Sit(akershus.PoliticalDeputy, Leader, world.AkershusPolicy, term);
        Sit(akershus.OrganisationalDeputy, Leader, world.AkershusOrganisational, term);
        var akershusGroupLeader = NewPerson(world.Akershus);
        Sit(akershusGroupLeader, CouncilGroupLeader, world.AkershusBoard, term);
        publicOffices.Add(new PublicOffice(akershusGroupLeader.Id, PublicOfficeKind.GroupLeader, "Akershus fylkesting", null, CouncilTerm));
        return akershus;
    }

    /// <summary>Hamar's nomination committee: three members who are not on the branch's board.</summary>
    private void BuildHamarNomination(Term term)
    {
        for (var i = 0; i < 3; i++)
        {
            Sit(NewPerson(world.BranchIn(HamarBranch)), CommitteeMember, world.HamarNomination, term);
        }
    }

    private void AddMayors()
    {
        foreach (var name in MayorMunicipalities)
        {
            var mayor = NewPerson(world.BranchIn(name));
            publicOffices.Add(new PublicOffice(mayor.Id, PublicOfficeKind.Mayor, $"{name} kommunestyre", world.MunicipalityNamed(name).Id, CouncilTerm));
        }
    }

    private void AddAccounts(Board hedmark, Person regionContact, Person hamarLeader, Board akershus)
    {
        accounts.Add(new DemoAccount(DemoLoader.AdministratorEmail, "Systemadministrator", null, true));
        accounts.Add(Account(hedmark.Leader,
            "Fylkesleder i Hedmark Sp og leder av samarbeidsstyret: ser hele Innlandet, både Hedmark og Oppland"));
        accounts.Add(Account(hedmark.ContactFor(HedmarkenRegion),
            "Styremedlem i Hedmark Sp og regionkontakt for Hedmarken: ser fylkesdellaget og lokallagene i Hedmarken"));
        accounts.Add(Account(regionContact, "Regionkontakt for Kongsvingerregionen: ser bare lokallagene der"));
        accounts.Add(Account(hamarLeader, "Lokallagsleder i Hamar Sp: ser bare sitt lag"));
        accounts.Add(Account(akershus.Leader, "Fylkesleder i Akershus Sp: ser hele Akershus"));
    }

    public IReadOnlyList<Person> People => people;
    public IReadOnlyList<Position> Positions => positions;
    public IReadOnlyList<PublicOffice> PublicOffices => publicOffices;
    public IReadOnlyList<DemoAccount> Accounts => accounts;

    /// <summary>A one-year term from the given day, in <see cref="FirstYear"/> or the latest later year whose term has begun.</summary>
    internal static Term TermFrom(LocalDate today, int month, int day)
    {
        var from = new LocalDate(FirstYear, month, day);
        while (from.PlusYears(1) <= today)
        {
            from = from.PlusYears(1);
        }
        return new Term(from, from.PlusYears(1).PlusDays(-1));
    }

    /// <summary>Leader and deputies (also on the executive committee), study leader, and one board member per region as its contact.</summary>
    private Board BuildBoard(Organisation county, Body board, Body? executive, Term term)
    {
        var leader = NewPerson(county);
        var organisational = NewPerson(county);
        var political = NewPerson(county);
        foreach (var (person, type) in new[] { (leader, Leader), (organisational, OrganisationalDeputy), (political, PoliticalDeputy) })
        {
            Sit(person, type, board, term);
            if (executive is not null)
            {
                Sit(person, type, executive, term);
            }
        }
        Sit(NewPerson(county), StudyLeader, board, term);

        var contacts = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var region in world.RegionsOf(county))
        {
            var member = NewPerson(county);
            Sit(member, BoardMember, board, term);
            Hold(member, RegionContact, county, term, region);
            contacts[region.Name] = member;
        }
        return new Board(leader, organisational, political, contacts);
    }

    /// <summary>A leader in nearly every branch and a few fuller branch boards; returns the leader in Hamar.</summary>
    private Person BuildBranches(Term hedmarkTerm, Term springTerm)
    {
        Person? hamarLeader = null;
        foreach (var row in DemoRegister.Municipalities)
        {
            var term = row.County == DemoRegister.Hedmark ? hedmarkTerm : springTerm;
            var branch = world.BranchIn(row.Name);
            if (!BranchesWithoutLeader.Contains(row.Name))
            {
                var leader = NewPerson(branch);
                Hold(leader, BranchLeader, branch, term);
                if (row.Name == HamarBranch)
                {
                    hamarLeader = leader;
                }
            }
            if (BranchOfficers.TryGetValue(row.Name, out var officers))
            {
                foreach (var type in officers)
                {
                    Hold(NewPerson(branch), type, branch, term);
                }
            }
        }
        return hamarLeader ?? throw new InvalidOperationException("Demoen mangler lokallagsleder i Hamar.");
    }

    private Person NewPerson(Organisation home)
    {
        var name = DemoRegister.PersonName(nextName++);
        var email = DemoRegister.EmailFor(name);
        for (var n = 2; !emails.Add(email); n++)
        {
            email = $"{DemoRegister.EmailLocalPart(name)}{n}@{DemoRegister.EmailDomain}";
        }
        var person = new Person(home.Id, name, email, null);
        people.Add(person);
        return person;
    }

    /// <summary>A position on an organisation, for a region contact naming the region.</summary>
    private void Hold(Person person, string type, Organisation organisation, Term term, Region? region = null) =>
        positions.Add(new Position(person.Id, types[type], organisation.Id, null, region?.Id, term));

    /// <summary>A seat on a body.</summary>
    private void Sit(Person person, string type, Body body, Term term) =>
        positions.Add(new Position(person.Id, types[type], null, body.Id, null, term));

    private static DemoAccount Account(Person person, string description) =>
        new(person.Email ?? throw new InvalidOperationException($"Demopersonen {person.Name} mangler e-post."), description, person.Id, false);

    private sealed record Board(
        Person Leader, Person OrganisationalDeputy, Person PoliticalDeputy, IReadOnlyDictionary<string, Person> RegionContacts)
    {
        public Person ContactFor(string region) => RegionContacts[region];
    }
}
