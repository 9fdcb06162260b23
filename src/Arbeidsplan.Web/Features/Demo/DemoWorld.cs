using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Web.Features.Demo;

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
        AddAffiliates();
        AddBranchesAndRegions();
        AddInnlandetBodies();
        AddAkershusBodies();
    }

    private void AddAffiliates()
    {
        Add(new Organisation("Senterungdommen", OrganisationKind.Affiliate, National.Id, "SU"));
        Add(new Organisation("Senterkvinnene", OrganisationKind.Affiliate, National.Id));
        Add(new Organisation("Hedmark Senterungdom", OrganisationKind.Affiliate, Hedmark.Id, "Hedmark SU"));
        Add(new Organisation("Hedmark Senterkvinner", OrganisationKind.Affiliate, Hedmark.Id));
        Add(new Organisation("Oppland Senterkvinner", OrganisationKind.Affiliate, Oppland.Id));
        Add(new Organisation("Akershus Senterkvinner", OrganisationKind.Affiliate, Akershus.Id));
        Add(new Organisation("Akershus Senterungdom", OrganisationKind.Affiliate, Akershus.Id, "Akershus SU"));
    }

    /// <summary>A branch in every municipality, placed in the regions of its county.</summary>
    private void AddBranchesAndRegions()
    {
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
    }

    private void AddInnlandetBodies()
    {
        HedmarkBoard = AddBody(Hedmark, "Fylkesstyret", BodyKind.Board,
            "Leder Hedmark Senterparti mellom årsmøtene. Styret følger opp arbeidsplanen og lokallagene, fordeler regionene "
            + "mellom styremedlemmene og har sammen med Oppland ansvaret for det felles fylkeskontoret. Innkalling sendes minst to uker før møtet.");
        HedmarkExecutive = AddBody(Hedmark, "Arbeidsutvalget", BodyKind.ExecutiveCommittee, ExecutiveDescription);
        HedmarkAnnualMeeting = AddBody(Hedmark, "Fylkesårsmøtet", BodyKind.AnnualMeeting,
            "Hedmark Senterpartis høyeste organ. Utsendinger fra lokallagene etter vedtektenes regel vedtar arbeidsplan og uttalelser og velger styret.");
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
        HamarNomination = AddBody(branches["Hamar"], "Nominasjonskomiteen", BodyKind.Committee,
            "Setter opp Hamar Sps liste til kommunestyrevalget: spør medlemmene, velger toppkandidat og legger fram forslaget for nominasjonsmøtet.");
    }

    private void AddAkershusBodies()
    {
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

    public Body HedmarkBoard { get; private set; } = default!;
    public Body HedmarkExecutive { get; private set; } = default!;
    public Body HedmarkAnnualMeeting { get; private set; } = default!;
    public Body OpplandBoard { get; private set; } = default!;
    public Body OpplandExecutive { get; private set; } = default!;
    public Body Cooperation { get; private set; } = default!;

    /// <summary>Hamar Sp's nomination committee for the 2027 local election: its members' positions nominate.</summary>
    public Body HamarNomination { get; private set; } = default!;
    public Body AkershusBoard { get; private set; } = default!;
    public Body AkershusPolicy { get; private set; } = default!;
    public Body AkershusOrganisational { get; private set; } = default!;

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
