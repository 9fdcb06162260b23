using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>
/// The 2023 local election for comparison: made-up results in the shape the results service publishes, for Hedmark's
/// municipalities and the county council (Innlandet), with the share, the seats and the change since 2019. Marked as demo.
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
    }
}
