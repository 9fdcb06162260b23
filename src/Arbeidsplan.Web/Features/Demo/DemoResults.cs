using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The 2023 local election for comparison: made-up results in the shape the results service publishes, for Hedmark's
/// municipalities and the county council (Innlandet), with the share, the seats and the change since 2019, and Hamar's list with its
/// personal votes. Marked as demo.
/// </summary>
internal sealed class DemoResults(AppDbContext db)
{
    public void Load(DemoWorld world)
    {
        var election = new Election(world.National.Id, ElectionKind.Local, new LocalDate(2023, 9, 11)) { IsDemo = true };
        db.Elections.Add(election);
        var municipalities = DemoRegister.MunicipalitiesOf(DemoRegister.Hedmark);
        for (var i = 0; i < municipalities.Count; i++)
        {
            var municipality = world.MunicipalityNamed(municipalities[i].Name);
            // Stronger in the rural municipalities than in the towns, and down since 2019 almost everywhere (made up).
            var share = 12.4m + (i * 37 % 23);
            var votes = 400 + (i * 173 % 2900);
            var seats = (int)Math.Round(share / 100 * (i % 3 == 0 ? 27 : 21));
            db.ListResults.Add(new ListResult(election.Id, world.Hedmark.Id, municipality.Id, votes, share, seats, -(3.5m + (i % 7))) { IsDemo = true });
        }
        db.ListResults.Add(new ListResult(election.Id, world.Innlandet.Id, null, 41_250, 17.9m, 11, -6.2m) { IsDemo = true });
        AddHamar2023(world, election);
    }

    /// <summary>
    /// Hamar's 2023 list, the same people as the 2027 list (most stand again), with the personal votes counted: the list's page shows
    /// who was elected and the deputies, ready to be registered in the register.
    /// </summary>
    private void AddHamar2023(DemoWorld world, Election election)
    {
        var hamar = world.MunicipalityNamed("Hamar").Id;
        var now = db.Nominations.Local.Single(n => n.MunicipalityId == hamar && n.ElectionId != election.Id);
        var list = new Nomination(election.Id, world.Hedmark.Id, hamar) { IsDemo = true };
        db.Nominations.Add(list);
        list.SetSeats(35);
        var votes = new Dictionary<Guid, int?>();
        foreach (var (c, i) in now.Candidates.Where(c => c.DeclinedOn is null).OrderBy(c => c.Place).Select((c, i) => (c, i)))
        {
            var candidate = list.AddCandidate(c.PersonId, new CandidateFacts(c.BirthYear, c.Gender, c.Residence, c.Rerunning, c.Cumulated));
            candidate.IsDemo = true;
            db.Candidates.Add(candidate);
            votes[candidate.Id] = 40 + (i * 53 % 170);
        }
        list.SetPersonalVotes(votes);
        var (step, _) = list.Record(NominationStepKind.ListAdopted, new LocalDate(2022, 11, 20), election.Day, new LocalDate(2023, 9, 12), "Fylkessekretær (demo)", null);
        step.IsDemo = true;
    }
}
