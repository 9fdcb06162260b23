using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>The results: imported from the results service's file all or nothing, entered by hand, compared with the last election, kept by the county.</summary>
public sealed class ResultApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    /// <summary>Two past local elections of the county (2019, and one just held) with Resultby answered for, and the 2019 result there.</summary>
    private async Task<(Guid Held, Guid Before, Guid Municipality)> ElectionsAsync() => await app.WithDbAsync(async db =>
    {
        if (await db.Municipalities.Where(m => m.Name == "Resultby").Select(m => (Guid?)m.Id).SingleOrDefaultAsync() is { } known)
        {
            var ids = await db.Elections.Where(e => e.Name == "Resultvalg 2026" || e.Name == "Resultvalg 2019").ToDictionaryAsync(e => e.Name, e => e.Id);
            return (ids["Resultvalg 2026"], ids["Resultvalg 2019"], known);
        }
        var place = new Municipality(MunicipalityNumber.Parse("9941"), "Resultby");
        db.Add(place);
        db.Add(new CountyMunicipality(W.County, place.Id));
        (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
        var before = new Election(W.County, ElectionKind.Local, new LocalDate(2019, 9, 9), "Resultvalg 2019");
        var held = new Election(W.County, ElectionKind.Local, new LocalDate(2026, 5, 25), "Resultvalg 2026", new LocalDateTime(2026, 3, 1, 12, 0));
        db.AddRange(before, held, new ListResult(before.Id, W.County, place.Id, 1000, 20.5m, 6, null));
        await db.SaveChangesAsync();
        return (held.Id, before.Id, place.Id);
    });

    private const string File = "Kommunenummer;Partikode;Antall stemmer totalt;Oppslutning prosentvis;Antall mandater\n9941;AP;3000;40,0;11\n9941;SP;1200;16,1;5\n";

    [Fact]
    public async Task CountyLeader_ImportsTheFile_AfterAReport_AndTheChangeIsWorkedOutFromTheLastElection()
    {
        var (held, _, municipality) = await ElectionsAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);

        var preview = await kari.PostAsJsonAsync($"/api/elections/{held}/results/import", new { organisationId = W.County, text = File, party = "SP" });
        var before = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{held}/results?organisationId={W.County}");
        var saved = await kari.PostAsJsonAsync($"/api/elections/{held}/results/import", new { organisationId = W.County, text = File, party = "SP", apply = true });
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{held}/results?organisationId={W.County}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        static JsonElement Row(JsonElement view, Guid m) => view.GetProperty("rows").EnumerateArray().Single(r => r.TryGetProperty("municipalityId", out var id) && id.ValueKind == JsonValueKind.String && id.GetGuid() == m);
        Assert.Equal(JsonValueKind.Null, Row(before, municipality).GetProperty("votes").ValueKind);
        var row = Row(after, municipality);
        Assert.Equal((1200, 16.1m, 5, -4.4m, "Resultvalg 2019"), (row.GetProperty("votes").GetInt32(), row.GetProperty("share").GetDecimal(), row.GetProperty("seats").GetInt32(),
            row.GetProperty("change").GetDecimal(), after.GetProperty("previousElection").GetString()));
        var sheet = await Sheets.ReadAsync(await kari.GetAsync($"/api/elections/{held}/results.xlsx?organisationId={W.County}"));
        Assert.Contains(sheet, r => Sheets.Text(r, "Liste") == row.GetProperty("name").GetString() && Sheets.Text(r, "Stemmer") == "1200" && Sheets.Text(r, "Mandater") == "5");
        Assert.Equal(after.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("votes").ValueKind == JsonValueKind.Number ? r.GetProperty("votes").GetInt32() : 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sheets.Text(sheet[^1], "Stemmer"));
    }

    [Fact]
    public async Task BadFile_SaysEveryLine_AndSavesNothing_AndABranchMayNotEnterTheCountysResults()
    {
        var (held, _, municipality) = await ElectionsAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var count = await app.WithDbAsync(db => db.ListResults.CountAsync());

        var bad = await kari.PostAsJsonAsync($"/api/elections/{held}/results/import",
            new { organisationId = W.County, text = "Kommunenummer;Partikode;Antall stemmer totalt;Oppslutning prosentvis\n9941;SP;-5;16\n0301;SP;100;2\n", party = "SP", apply = true });
        var byBranch = await liv.PutAsJsonAsync($"/api/elections/{held}/results", new { countyId = W.County, municipalityId = municipality, votes = 10, share = 1.0 });
        var importByBranch = await liv.PostAsJsonAsync($"/api/elections/{held}/results/import", new { organisationId = W.County, text = File, party = "SP", apply = true });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var branchView = await liv.GetFromJsonAsync<JsonElement>($"/api/elections/{held}/results?organisationId={W.BranchA}");
        var countyView = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{held}/results?organisationId={W.County}");

        // The branch reads the results but is not offered the forms it may not use.
        Assert.False(branchView.GetProperty("canEdit").GetBoolean());
        Assert.True(countyView.GetProperty("canEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["Linje 2", "Linje 3"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, importByBranch.StatusCode);
        Assert.Equal(count, await app.WithDbAsync(db => db.ListResults.CountAsync()));
    }

    [Fact]
    public async Task Results_OfAnElectionNotYetHeld_AreRefused()
    {
        await ElectionsAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var coming = await app.WithDbAsync(async db =>
        {
            var election = new Election(W.County, ElectionKind.Local, new LocalDate(2027, 9, 13), "Resultvalg kommende");
            db.Add(election);
            await db.SaveChangesAsync();
            return election.Id;
        });
        var municipality = await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == "Resultby").Select(m => m.Id).SingleAsync());

        var early = await kari.PutAsJsonAsync($"/api/elections/{coming}/results", new { countyId = W.County, municipalityId = municipality, votes = 10, share = 1.0 });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var errors = (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString());
        Assert.Contains("Resultatene kan føres fra valgdagen 13.9.2027.", errors);
    }
}
