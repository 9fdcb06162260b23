using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Import;
using Arbeidsplan.Web.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>A sign-in the demo created, with what it shows.</summary>
public sealed record DemoUser(string Email, string Description);

/// <summary>
/// Fills an empty database with a demo party: Senterpartiet with Innlandet (Hedmark and Oppland) and Akershus,
/// their regions, a branch in every municipality, boards, made-up people in their positions, and sign-ins
/// that show what each level of responsibility sees. All or nothing: one transaction.
/// </summary>
public sealed class DemoLoader(
    AppDbContext db, UserManager<AppUser> users, IClock clock, ActorContext actor, MemberImport memberImport, DatePlanImport datePlanImport,
    ILogger<DemoLoader> logger)
{
    public const string DemoPassword = "Demo-passord-2026";
    public const string AdministratorEmail = "admin@" + DemoRegister.EmailDomain;
    internal const string InstructionResource = "Arbeidsplan.Web.Features.Demo.Files.styreinstruks.md";

    public async Task<IReadOnlyList<DemoUser>> LoadAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct) || await db.Persons.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            throw new InvalidOperationException("Databasen har allerede data; demoen lastes bare inn i en tom database.");
        }

        // The demo is written by the System, through the same guarded importers as a user's files, and marked as demo.
        using var system = actor.ActAsSystem(ActorContext.DemoLabel);
        var now = clock.GetCurrentInstant();
        var world = new DemoWorld();
        var types = new DemoPositionTypes(world.National.Id, DutyDocument.Parse(ReadInstruction()));
        var people = new DemoPeople(world, types, now.InZone(NorwegianTime.Oslo).Date);

        // Join the caller's transaction (first-run setup) or run in our own.
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            db.AddRange(types.All);
            db.AddRange(world.Municipalities);
            db.AddRange(world.Organisations);
            db.AddRange(world.Regions);
            db.AddRange(world.Bodies);
            db.AddRange(people.People);
            db.AddRange(people.Positions);
            db.AddRange(people.PublicOffices);
            db.Add(new SystemSetting { Key = SystemSetting.DemoLoadedAt, Value = InstantPattern.ExtendedIso.Format(now) });
            db.Add(new SystemSetting { Key = SystemSetting.DemoRoot, Value = world.National.Id.ToString() });
            await db.SaveChangesAsync(ct);
            await new DemoPlans(db, clock).LoadAsync(world.Hedmark.Id, world.Akershus.Id);
            await db.SaveChangesAsync(ct);
            await new DemoCalendar(db, clock, datePlanImport).LoadAsync(world);
            await new DemoMembers(db, memberImport).LoadAsync(world.Hedmark, world.Organisations.Where(o => o.ParentId == world.Hedmark.Id && o.Kind == OrganisationKind.Local).ToList());
            await new DemoFollowUp(db, clock).LoadAsync(world);
            await new DemoStudy(db).LoadAsync(world);

            var loaded = new List<DemoUser>();
            foreach (var account in people.Accounts)
            {
                await CreateUserAsync(account);
                loaded.Add(new DemoUser(account.Email, account.Description));
            }
            // The sign-in page lists the demo users, so a visitor knows whom to try.
            db.Add(new SystemSetting { Key = SystemSetting.DemoUsers, Value = System.Text.Json.JsonSerializer.Serialize(loaded) });
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            foreach (var user in loaded)
            {
                logger.LogInformation("Demo user {Email}: {Description}", user.Email, user.Description);
            }
            return loaded;
        }
        catch
        {
            // Nothing of a failed load may be saved later by accident.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>The demo board instruction, embedded in the program.</summary>
    internal static string ReadInstruction()
    {
        using var stream = typeof(DemoLoader).Assembly.GetManifestResourceStream(InstructionResource)
            ?? throw new InvalidOperationException($"Fant ikke arbeidsinstruksen for demoen ({InstructionResource}) i programmet.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task CreateUserAsync(DemoAccount account)
    {
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            PersonId = account.PersonId,
            IsAdministrator = account.IsAdministrator,
            IsDemo = true,
        };
        var result = await users.CreateAsync(user, DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Kunne ikke opprette demobrukeren {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>The position types of the demo, read from the board instruction; types the demo needs but the file lacks come without duties.</summary>
internal sealed class DemoPositionTypes
{
    public const string Leader = "Leder";
    public const string OrganisationalDeputy = "Organisatorisk nestleder";
    public const string PoliticalDeputy = "Politisk nestleder";
    public const string StudyLeader = "Studieleder";
    public const string BoardMember = "Styremedlem";
    public const string RegionContact = "Regionkontakt";
    public const string CouncilGroupLeader = "Gruppeleder fylkestingsgruppa";
    public const string MemberOfParliament = "Stortingsrepresentant";
    public const string Treasurer = "Kasserer";
    public const string MemberOfficer = "Medlemsansvarlig";
    public const string CampaignContact = "Valgkampkontakt";
    public const string Secretary = "Sekretær";
    public const string BranchLeader = "Lokallagsleder";
    public const string Representative = "Representant";

    private static readonly string[] Required =
    [
        Leader, OrganisationalDeputy, PoliticalDeputy, StudyLeader, BoardMember, RegionContact, CouncilGroupLeader,
        MemberOfParliament, Treasurer, MemberOfficer, CampaignContact, Secretary, BranchLeader, Representative,
    ];

    private readonly Dictionary<string, PositionType> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PositionType> all = [];
    private readonly Guid party;

    public DemoPositionTypes(Guid party, IEnumerable<DutySection> sections)
    {
        this.party = party;
        foreach (var section in sections)
        {
            var name = section.Title.TrimEnd(':').Trim();
            if (name.Length > 0 && !byName.ContainsKey(name))
            {
                Add(name, string.Join('\n', section.Duties));
            }
        }
        foreach (var name in Required)
        {
            if (!byName.ContainsKey(name))
            {
                Add(name, null);
            }
        }
    }

    public IReadOnlyList<PositionType> All => all;

    public PositionType this[string name] => byName[name];

    private void Add(string name, string? duties)
    {
        var scope = name switch
        {
            RegionContact => ScopeKind.Region,
            BoardMember => ScopeKind.OwnUnit,
            _ => ScopeKind.Subtree,
        };
        var type = new PositionType(party, name, scope, duties, (all.Count + 1) * 10);
        all.Add(type);
        byName[name] = type;
    }
}

/// <summary>The organisations, municipalities, regions and bodies of the demo, built in memory before they are saved.</summary>
internal sealed class DemoWorld
{
    private readonly List<Organisation> organisations = [];
    private readonly List<Municipality> municipalities = [];
    private readonly List<Region> regions = [];
    private readonly List<Body> bodies = [];
    private readonly Dictionary<string, Organisation> counties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organisation> branches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> municipalityByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> regionByName = new(StringComparer.Ordinal);

    public DemoWorld()
    {
        National = Add(new Organisation("Senterpartiet", OrganisationKind.National, null, "Sp"));
        Innlandet = Add(new Organisation("Innlandet Senterparti", OrganisationKind.Umbrella, National.Id, "Innlandet Sp"));
        Hedmark = Add(new Organisation("Hedmark Senterparti", OrganisationKind.CountyPart, Innlandet.Id, "Hedmark Sp"));
        Oppland = Add(new Organisation("Oppland Senterparti", OrganisationKind.CountyPart, Innlandet.Id, "Oppland Sp"));
        Akershus = Add(new Organisation("Akershus Senterparti", OrganisationKind.County, National.Id, "Akershus Sp"));
        counties[DemoRegister.Hedmark] = Hedmark;
        counties[DemoRegister.Oppland] = Oppland;
        counties[DemoRegister.Akershus] = Akershus;

        Add(new Organisation("Senterungdommen", OrganisationKind.Affiliate, National.Id, "SU"));
        Add(new Organisation("Senterkvinnene", OrganisationKind.Affiliate, National.Id));
        Add(new Organisation("Hedmark Senterungdom", OrganisationKind.Affiliate, Hedmark.Id, "Hedmark SU"));
        Add(new Organisation("Hedmark Senterkvinner", OrganisationKind.Affiliate, Hedmark.Id));
        Add(new Organisation("Oppland Senterkvinner", OrganisationKind.Affiliate, Oppland.Id));
        Add(new Organisation("Akershus Senterkvinner", OrganisationKind.Affiliate, Akershus.Id));
        Add(new Organisation("Akershus Senterungdom", OrganisationKind.Affiliate, Akershus.Id, "Akershus SU"));

        foreach (var row in DemoRegister.Municipalities)
        {
            var municipality = new Municipality(MunicipalityNumber.Parse(row.Number), row.Name);
            municipalities.Add(municipality);
            municipalityByName[row.Name] = municipality;
            var branch = Add(new Organisation($"{row.Name} Senterparti", OrganisationKind.Local, counties[row.County].Id, $"{row.Name} Sp"));
            branch.CoverMunicipality(municipality.Id);
            branches[row.Name] = branch;
        }

        var tree = new OrganisationTree(organisations.Select(o => (o.Id, o.ParentId)));
        foreach (var row in DemoRegister.Regions)
        {
            var region = new Region(counties[row.County].Id, row.Name);
            regions.Add(region);
            regionByName[row.Name] = region;
            foreach (var name in row.Municipalities)
            {
                branches[name].PlaceInRegion(region, tree);
            }
        }

        HedmarkBoard = AddBody(Hedmark, "Fylkesstyret", BodyKind.Board,
            "Leder Hedmark Senterparti mellom årsmøtene. Styret følger opp arbeidsplanen og lokallagene, fordeler regionene "
            + "mellom styremedlemmene og har sammen med Oppland ansvaret for det felles fylkeskontoret. Innkalling sendes minst to uker før møtet.");
        HedmarkExecutive = AddBody(Hedmark, "Arbeidsutvalget", BodyKind.ExecutiveCommittee, ExecutiveDescription);
        AddBody(Hedmark, "Ordførerforum", BodyKind.Forum,
            "Møteplass for ordførerne og varaordførerne fra Senterpartiet i Hedmark, der de deler erfaringer og samordner saker.");
        AddBody(Hedmark, "Valgkamputvalget", BodyKind.Committee,
            "Planlegger valgkampen, fordeler oppgavene og følger opp valgkampkontaktene i lokallagene.");
        AddBody(Hedmark, "Valgkomiteen", BodyKind.Committee,
            "Forbereder valgene på fylkesårsmøtet og legger fram forslag til nytt styre og andre verv.");

        OpplandBoard = AddBody(Oppland, "Fylkesstyret", BodyKind.Board,
            "Leder Oppland Senterparti mellom årsmøtene og følger opp arbeidsplanen og lokallagene i regionene.");
        OpplandExecutive = AddBody(Oppland, "Arbeidsutvalget", BodyKind.ExecutiveCommittee, ExecutiveDescription);

        Cooperation = AddBody(Innlandet, "Samarbeidsstyret", BodyKind.Board,
            "Felles styre for Hedmark og Oppland Senterparti: arbeidsutvalgene i begge fylkesdellagene og gruppelederen i "
            + "fylkestinget. Det konstituerer seg når begge årsmøtene er holdt, og en av de to fylkeslederne leder det. "
            + "Styret har ansvar for nominasjonen og programmet til fylkestingsvalget, for å planlegge, drive og evaluere "
            + "fylkestingsvalgkampen, for å kalle inn fylkestingsgruppa etter valget og for god kontakt mellom gruppa og "
            + "partiorganisasjonen. Det søker om statstilskuddet, fordeler det mellom fylkesdellagene, samler regnskapene "
            + "og rapporterer om arbeidet sitt til årsmøtene i begge fylkesdellagene.");
        Cooperation.DrawMembersFrom([Hedmark.Id, Oppland.Id]);

        AkershusBoard = AddBody(Akershus, "Fylkesstyret", BodyKind.Board,
            "Leder Akershus Senterparti mellom årsmøtene. Hvert styremedlem følger opp lokallagene i én region, og styret "
            + "møtes jevnlig, vekselvis fysisk og digitalt.");
        AkershusPolicy = AddBody(Akershus, "Politisk utvalg", BodyKind.Committee,
            "Ledes av 1. nestleder. Utvikler politikk og følger opp saker som betyr mye for Akershus, også resolusjonene fra årsmøtet.");
        AkershusOrganisational = AddBody(Akershus, "Organisatorisk utvalg", BodyKind.Committee,
            "Ledes av 2. nestleder. Arbeider med organisasjonsutvikling og følger tett opp lokallagene fylkesstyret har flagget.");
        AddBody(Akershus, "Ordførerforum", BodyKind.Forum,
            "Ordførere og varaordførere møtes fire ganger i året, helst fysisk. Gruppelederen og stortingsrepresentantene "
            + "inviteres, og forumet bør gå ut med et felles budskap etter hvert møte.");
        AddBody(Akershus, "Lokalpolitisk forum", BodyKind.Forum,
            "Digitalt møte annenhver uke for gruppeledere, ordførere og varaordførere, ledet av gruppelederen i fylkestinget, "
            + "om lokalpolitiske saker som kommunene kan løse sammen.");
        AddBody(Akershus, "Gruppelederforum", BodyKind.Forum,
            "Gruppelederne i kommunestyrene og fylkestingsgruppa møtes minst to ganger i arbeidsåret, én gang digitalt og én gang fysisk.");
    }

    private const string ExecutiveDescription =
        "Lederen og de to nestlederne. Forbereder sakene til fylkesstyret, følger opp vedtakene og avgjør saker om den "
        + "daglige driften innenfor fullmakten fra styret. Beslutningene protokolleres og legges fram for styret.";

    public Organisation National { get; }
    public Organisation Innlandet { get; }
    public Organisation Hedmark { get; }
    public Organisation Oppland { get; }
    public Organisation Akershus { get; }

    public Body HedmarkBoard { get; }
    public Body HedmarkExecutive { get; }
    public Body OpplandBoard { get; }
    public Body OpplandExecutive { get; }
    public Body Cooperation { get; }
    public Body AkershusBoard { get; }
    public Body AkershusPolicy { get; }
    public Body AkershusOrganisational { get; }

    public IReadOnlyList<Organisation> Organisations => organisations;
    public IReadOnlyList<Municipality> Municipalities => municipalities;
    public IReadOnlyList<Region> Regions => regions;
    public IReadOnlyList<Body> Bodies => bodies;

    public Organisation CountyNamed(string county) => counties[county];

    public Organisation BranchIn(string municipality) => branches[municipality];

    public Municipality MunicipalityNamed(string name) => municipalityByName[name];

    public Region RegionNamed(string name) => regionByName[name];

    public IReadOnlyList<Region> RegionsOf(Organisation county) => regions.Where(r => r.OrganisationId == county.Id).ToList();

    private Organisation Add(Organisation organisation)
    {
        organisations.Add(organisation);
        return organisation;
    }

    private Body AddBody(Organisation organisation, string name, BodyKind kind, string description)
    {
        var body = new Body(organisation.Id, name, kind, description);
        bodies.Add(body);
        return body;
    }
}
