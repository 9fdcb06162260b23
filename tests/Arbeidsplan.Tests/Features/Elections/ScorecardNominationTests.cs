using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>
/// The scorecard's nomination column has a light, as the other columns do: the next step after the furthest taken, against its
/// target — red when the target has passed, yellow within a month, green otherwise. Its own app, so no other test's steps move it.
/// </summary>
public sealed class ScorecardNominationTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task NominationLight_RedWhenTheNextStepsTargetHasPassed_YellowWithinAMonth_AndInTheSheet()
    {
        await app.WithDbAsync(async db =>
        {
            var (alfa, beta) = (new Municipality(MunicipalityNumber.Parse("9971"), "Lysby"), new Municipality(MunicipalityNumber.Parse("9972"), "Mørkby"));
            db.Municipalities.AddRange(alfa, beta);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(alfa.Id);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchB)).CoverMunicipality(beta.Id);
            await db.SaveChangesAsync();
            return (alfa.Id, beta.Id);
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "Lysby", "Mørkby" } }));
        // Today is 1 June 2026: the committee was due in May, the top candidate is due on 20 June.
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new
        {
            organisationId = W.County, kind = "Local", day = "2027-09-13",
            targets = new Dictionary<string, string> { ["CommitteeAppointed"] = "2026-05-01", ["CommitteeTrained"] = "2026-05-05", ["SurveySent"] = "2026-05-10", ["TopCandidateChosen"] = "2026-06-20" },
        }));
        var lysby = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Lysby").Select(m => m.Id).SingleAsync());
        foreach (var kind in new[] { "CommitteeAppointed", "CommitteeTrained", "SurveySent" })
        {
            var version = await app.WithDbAsync(db => db.Nominations.Where(n => n.ElectionId == election && n.MunicipalityId == lysby).Select(n => (long?)n.Version).SingleOrDefaultAsync());
            await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, municipalityId = lysby, kind, on = "2026-05-15", version = version ?? 0 }));
        }

        var rows = (await kari.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={W.County}"))!;
        var sheet = await kari.GetAsync($"/api/branches/scorecard.xlsx?organisationId={W.County}");

        string Light(Guid branch) => rows.Single(r => r.GetProperty("id").GetGuid() == branch).GetProperty("lights").GetProperty("nomination").GetString()!;
        Assert.Equal(("Yellow", "Red"), (Light(W.BranchA), Light(W.BranchB)));
        Assert.Equal("Ikke startet", rows.Single(r => r.GetProperty("id").GetGuid() == W.BranchB).GetProperty("nomination").GetString());
        var sheetRows = await Sheets.ReadAsync(sheet);
        Assert.Contains(sheetRows, r => Sheets.Text(r, "Nominasjon") == "Ikke startet" && Sheets.Text(r, "Lys: nominasjon") == "rødt");
    }
}
