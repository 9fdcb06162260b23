using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The 2027 local election for the demo's counties: the municipalities each answers for (every one has a branch in the demo; a
/// municipality without one would show as a gap), and the nominations at different stages — two lists adopted, top candidates chosen in a few, committees
/// appointed in most, nothing yet in some — with the county council's nomination begun by the joint board, the adopted lists
/// (Hamar, Stange, Asker) with their candidates and Bærum's list as its committee builds it. Marked as demo.
/// </summary>
internal sealed class DemoElections(AppDbContext db)
{
    private const string Recorder = "Fylkessekretær (demo)";

    private static readonly (NominationStepKind Kind, int Month, int Day)[] Path =
    [
        (NominationStepKind.CommitteeAppointed, 8, 20), (NominationStepKind.CommitteeTrained, 9, 30), (NominationStepKind.SurveySent, 10, 10),
        (NominationStepKind.TopCandidateChosen, 11, 5), (NominationStepKind.MeetingHeld, 11, 20), (NominationStepKind.ListAdopted, 11, 20),
    ];

    /// <summary>How far each municipality's nomination has come: the number of steps taken along <see cref="Path"/>.</summary>
    private static readonly Dictionary<string, int> Stage = new()
    {
        ["Hamar"] = 6, ["Stange"] = 6, ["Elverum"] = 4, ["Løten"] = 4, ["Ringsaker"] = 4, ["Kongsvinger"] = 3, ["Trysil"] = 2, ["Åmot"] = 2, ["Tynset"] = 2,
        ["Alvdal"] = 2, ["Grue"] = 2, ["Åsnes"] = 2, ["Våler"] = 1, ["Eidskog"] = 1, ["Nord-Odal"] = 1, ["Sør-Odal"] = 1, ["Stor-Elvdal"] = 1,
        ["Lillehammer"] = 4, ["Gjøvik"] = 3, ["Lom"] = 1, ["Vågå"] = 1, ["Asker"] = 6, ["Bærum"] = 4, ["Lillestrøm"] = 1,
    };

    public void Load(DemoWorld world, LocalDate today)
    {
        foreach (var (county, organisation) in new[] { (DemoRegister.Hedmark, world.Hedmark), (DemoRegister.Oppland, world.Oppland), (DemoRegister.Akershus, world.Akershus) })
        {
            foreach (var row in DemoRegister.MunicipalitiesOf(county))
            {
                db.CountyMunicipalities.Add(new CountyMunicipality(organisation.Id, world.MunicipalityNamed(row.Name).Id) { IsDemo = true });
            }
        }

        var election = new Election(world.National.Id, ElectionKind.Local, new LocalDate(2027, 9, 13)) { IsDemo = true };
        db.Elections.Add(election);
        // Hedmark wants its top candidates in place before December's board meeting, ahead of the party's «før nyttår».
        var hedmarkTargets = new CountyStepTargets(election.Id, world.Hedmark.Id) { IsDemo = true };
        hedmarkTargets.Set([new StepTarget(NominationStepKind.TopCandidateChosen, new LocalDate(2026, 12, 1))], election.Day, election.TargetFor);
        db.CountyStepTargets.Add(hedmarkTargets);
        foreach (var (name, steps) in Stage)
        {
            var municipality = world.MunicipalityNamed(name);
            var county = world.BranchIn(name).ParentId!.Value;
            // Hamar's committee is a body in the register; its appointment points at it.
            Add(new Nomination(election.Id, county, municipality.Id) { IsDemo = true }, election, steps, today, name == "Hamar" ? world.HamarNomination.Id : null);
        }
        AddList(world, election, "Hamar", 35, 9, declined: 4);
        AddList(world, election, "Stange", 27, 7, declined: null);
        // Akershus: Asker's list adopted, Bærum's committee at work on one with its top candidate.
        AddList(world, election, "Asker", 47, 11, declined: null);
        AddList(world, election, "Bærum", 51, 6, declined: 3);
        var council = new Nomination(election.Id, world.Innlandet.Id, null) { IsDemo = true };
        Add(council, election, 1, today, null);

        // The next Sámi parliament election: Innlandet fields the party's list in Sør-Norge, its committee appointed.
        var sami = new Election(world.National.Id, ElectionKind.Sameting, new LocalDate(2029, 9, 10)) { IsDemo = true };
        var southNorway = new Constituency(sami.Id, 7, "Sør-Norge valgkrets", world.Innlandet.Id) { IsDemo = true };
        db.AddRange(sami, southNorway);
        Add(new Nomination(sami.Id, world.Innlandet.Id, null, southNorway.Id) { IsDemo = true }, sami, 1, today, null);
    }

    /// <summary>
    /// The candidates of an adopted list: made-up people of the branch (added to the register with the name only, as the list
    /// needs no more), a few under 30, the first two cumulated, and one who said no.
    /// </summary>
    private void AddList(DemoWorld world, Election election, string municipality, int seats, int names, int? declined)
    {
        var nomination = db.Nominations.Local.Single(n => n.ElectionId == election.Id && n.MunicipalityId == world.MunicipalityNamed(municipality).Id);
        nomination.SetSeats(seats);
        for (var i = 0; i < names; i++)
        {
            var index = 700 + (municipality.Length * 13) + (i * 7);
            var person = new Person(world.BranchIn(municipality).Id, DemoRegister.PersonName(index), null, null);
            db.Persons.Add(person);
            // The register's first names go woman, man, woman …: the gender follows the name.
            var gender = index % DemoRegister.FirstNames.Count % 2 == 0 ? Gender.Woman : Gender.Man;
            var facts = new CandidateFacts(i % 3 == 2 ? 1999 + i : 1958 + (i * 3), gender, $"{municipality} {(i % 2 == 0 ? "sentrum" : "nord")}",
                Rerunning: i < 3, Cumulated: i < 2);
            var candidate = nomination.AddCandidate(person.Id, facts);
            candidate.IsDemo = true;
            db.Candidates.Add(candidate);
        }
        if (declined is { } place)
        {
            nomination.Decline(nomination.Candidates.Single(c => c.Place == place).Id, new LocalDate(2026, 11, 1));
        }
    }

    private void Add(Nomination nomination, Election election, int steps, LocalDate today, Guid? committee)
    {
        db.Nominations.Add(nomination);
        foreach (var (kind, month, day) in Path.Take(steps))
        {
            var (step, _) = nomination.Record(kind, LocalDate.Min(new LocalDate(2026, month, day), today), election.Day, today, Recorder,
                kind == NominationStepKind.TopCandidateChosen ? "Toppkandidaten er spurt og har sagt ja (demo)." : null,
                kind == NominationStepKind.CommitteeAppointed ? committee : null);
            step.IsDemo = true;
        }
    }
}
