using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>
/// The results service's files read with the organisation's own column names, remembered for the next file: the lists' file, and
/// the candidates' file whose personal votes land on each municipality's list, all or nothing.
/// </summary>
public sealed class PersonalVoteImportTests(WorldApp app) : IClassFixture<WorldApp>, IAsyncLifetime
{
    private World W => app.World;
    private Guid election;
    private Guid list;

    public async Task InitializeAsync()
    {
        (election, list) = await app.WithDbAsync(async db =>
        {
            if (await db.Elections.Where(e => e.Name == "Stemmevalg").Select(e => (Guid?)e.Id).SingleOrDefaultAsync() is { } known)
            {
                return (known, await db.Nominations.Where(n => n.ElectionId == known).Select(n => n.Id).SingleAsync());
            }
            var place = new Municipality(MunicipalityNumber.Parse("9961"), "Stemmeby");
            db.Add(place);
            db.Add(new CountyMunicipality(W.County, place.Id));
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
            var held = new Election(W.County, ElectionKind.Local, new LocalDate(2026, 5, 25), "Stemmevalg", new LocalDateTime(2026, 3, 1, 12, 0));
            var nomination = new Nomination(held.Id, W.County, place.Id);
            var people = new[] { "Anne Først", "Bjørn Andre", "Cato Tredje" }.Select(n => new Person(W.BranchA, n, null, null)).ToList();
            db.AddRange(people);
            foreach (var (p, i) in people.Select((p, i) => (p, i)))
            {
                db.Add(nomination.AddCandidate(p.Id, new CandidateFacts(1970 + i, Gender.Woman, "Sentrum", false, i == 0)));
            }
            db.AddRange(held, nomination, new ListResult(held.Id, W.County, place.Id, 400, 12.5m, 2, null));
            await db.SaveChangesAsync();
            return (held.Id, nomination.Id);
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private Task<Dictionary<string, int?>> VotesAsync() => app.WithDbAsync(db => db.Candidates.Where(c => c.NominationId == list)
        .Join(db.Persons, c => c.PersonId, p => p.Id, (c, p) => new { p.Name, c.PersonalVotes }).ToDictionaryAsync(x => x.Name, x => x.PersonalVotes));

    [Fact]
    public async Task CandidatesFile_WithItsOwnColumnNames_PutsThePersonalVotesOnTheList_AndTheNextFileNeedsNoMapping()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        const string file = "Knr;Parti;Fullt navn;Kryss\n9961;SP;Anne Først;210\n9961;SP;\"Andre, Bjørn\";75\n9961;AP;Ola Annen;900\n9961;SP;cato  tredje;12\n";
        var columns = new Dictionary<string, string> { ["Municipality"] = "Knr", ["Party"] = "Parti", ["Candidate"] = "Fullt navn", ["PersonalVotes"] = "Kryss" };

        var before = await VotesAsync();
        var preview = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file, party = "SP", columns });
        var untouched = await VotesAsync();
        var saved = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file, party = "SP", columns, apply = true });
        var again = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file.Replace("210", "211", StringComparison.Ordinal) });
        var elected = await kari.GetFromJsonAsync<JsonElement>($"/api/nominations/{list}/elected");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(3, (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("votes").GetArrayLength());
        Assert.Equal(before, untouched);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var read = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Kryss", "SP", 211), (read.GetProperty("columns").GetProperty("PersonalVotes").GetString(), read.GetProperty("party").GetString(),
            read.GetProperty("votes").EnumerateArray().Single(v => v.GetProperty("candidate").GetString() == "Anne Først").GetProperty("votes").GetInt32()));
        Assert.Equal(new Dictionary<string, int?> { ["Anne Først"] = 210, ["Bjørn Andre"] = 75, ["Cato Tredje"] = 12 }, await VotesAsync());
        Assert.Equal(["Anne Først", "Bjørn Andre"], elected.GetProperty("rows").EnumerateArray().Where(c => c.GetProperty("elected").GetBoolean()).Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ListsFile_WithItsOwnColumnNames_IsRememberedApartFromTheCandidatesFile()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        const string file = "Kommune;Liste;Sum stemmer;Prosent av stemmene;Representanter\n9961;SP;410;12,6;2\n";
        var columns = new Dictionary<string, string> { ["Municipality"] = "Kommune", ["Party"] = "Liste", ["Votes"] = "Sum stemmer", ["Share"] = "Prosent av stemmene", ["Seats"] = "Representanter" };
        const string candidates = "Kommunenummer;Partikode;Kandidatnummer;Personstemmer\n9961;SP;3;14\n";

        var saved = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file, party = "SP", columns, apply = true });
        var byPlace = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = candidates, apply = true });
        var remembered = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file.Replace("410", "420", StringComparison.Ordinal), apply = true });

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byPlace.StatusCode);
        Assert.Equal(HttpStatusCode.Created, remembered.StatusCode);
        Assert.Equal(14, (await VotesAsync())["Cato Tredje"]);
        Assert.Equal(420, await app.WithDbAsync(db => db.ListResults.Where(r => r.ElectionId == election).Select(r => r.Votes).SingleAsync()));
        var mapping = await app.WithDbAsync(db => db.ResultColumnMappings.SingleAsync(m => m.OrganisationId == W.County));
        Assert.Equal(("Sum stemmer", "Kandidatnummer", "Personstemmer"), (mapping.Votes, mapping.CandidatePlace, mapping.PersonalVotes));
    }

    [Fact]
    public async Task CandidatesFile_WithNumberAndName_MatchesByNumber_TakesAMiddleName_AndRefusesANumberWhoseCandidateIsAnother()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        const string header = "Kommunenummer;Partikode;Kandidatnummer;Navn;Personstemmer\n";
        // Said in full: the saved mapping of another test's file (number, no name) would also fit these headers.
        var columns = new Dictionary<string, string>
        {
            ["Municipality"] = "Kommunenummer", ["Party"] = "Partikode", ["Place"] = "Kandidatnummer", ["Candidate"] = "Navn", ["PersonalVotes"] = "Personstemmer",
        };
        var before = await VotesAsync();

        var wrong = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new
        {
            organisationId = W.County, party = "SP", apply = true, columns, text = header + "9961;SP;1;Anne Først;301\n9961;SP;2;Cato Tredje;302\n",
        });
        var unchanged = await VotesAsync();
        var right = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new
        {
            organisationId = W.County, party = "SP", apply = true, columns, text = header + "9961;SP;1;Anne Marie Først;303\n9961;SP;2;\"Andre, Bjørn\";304\n",
        });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("nummer 2 på listen er Bjørn Andre, ikke «Cato Tredje»", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Linje 3")[0].GetString());
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        var after = await VotesAsync();
        Assert.Equal((303, 304), (after["Anne Først"], after["Bjørn Andre"]));
    }

    [Fact]
    public async Task BadCandidatesFile_SaysEveryLine_AndSavesNoVote_AndABranchMayNotImport()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var before = await VotesAsync();
        const string file = "Kommunenummer;Partikode;Navn;Personstemmer\n9961;SP;Anne Først;-3\n9961;SP;Ukjent Person;10\n0301;SP;Anne Først;5\n9961;SP;Bjørn Andre;7\n9961;SP;Bjørn Andre;8\n";
        const string noCandidate = "Kommunenummer;Personstemmer\n9961;5\n";

        var bad = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file, party = "SP", apply = true });
        var missing = await kari.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = noCandidate, apply = true });
        var byBranch = await liv.PostAsJsonAsync($"/api/elections/{election}/results/import", new { organisationId = W.County, text = file, party = "SP", apply = true });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["Linje 2", "Linje 3", "Linje 4", "Linje 6"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("«Ukjent Person» står ikke på listen", errors.GetProperty("Linje 3")[0].GetString());
        Assert.Contains("står to ganger i filen", errors.GetProperty("Linje 6")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("kandidatens navn", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal(before, await VotesAsync());
    }
}
