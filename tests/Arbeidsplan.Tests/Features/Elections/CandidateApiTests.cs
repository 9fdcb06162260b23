using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>The list: candidates in order with the balance and the act's rules, declines, exports, and names only to those who may see them.</summary>
public sealed class CandidateApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<(Guid Election, Guid Municipality)> ElectionAsync()
    {
        var municipality = await app.WithDbAsync(async db =>
        {
            if (await db.Municipalities.Where(m => m.Name == "Listeby").Select(m => (Guid?)m.Id).SingleOrDefaultAsync() is { } known)
            {
                return known;
            }
            var place = new Municipality(MunicipalityNumber.Parse("9931"), "Listeby");
            db.Municipalities.Add(place);
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
            await db.SaveChangesAsync();
            return place.Id;
        });
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        await Ok(await kari.PutAsJsonAsync("/api/elections/municipalities", new { organisationId = W.County, municipalities = new[] { "9931" } }));
        return (await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2027-09-13" })), municipality);
    }

    private static object Candidate(Guid? municipality, string name, int born, string gender, bool cumulated = false, int? place = null) =>
        new { countyId = Guid.Empty, municipalityId = municipality, name, birthYear = born, gender, residence = "Sentrum", rerunning = false, cumulated, place };

    private static async Task<JsonElement> ListAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Names(JsonElement list) => [.. list.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Fact]
    public async Task BranchLeader_BuildsHerList_InOrder_WithTheBalanceAndTheActsRules_AndADeclineClosesUp()
    {
        var (election, municipality) = await ElectionAsync();
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var add = $"/api/elections/{election}/candidates";
        Task<Dictionary<string, object?>> With(object body) => MergeAsync(JsonSerializer.SerializeToElement(body), W.County, election);

        await ListAsync(await liv.PostAsJsonAsync(add, await With(Candidate(municipality, "Anne Topp", 1970, "Woman", cumulated: true))));
        await ListAsync(await liv.PostAsJsonAsync(add, await With(Candidate(municipality, "Bjørn Ung", 2001, "Man"))));
        var three = await ListAsync(await liv.PostAsJsonAsync(add, await With(Candidate(municipality, "Cecilie Ny", 1985, "Woman", place: 2))));
        var twice = await liv.PostAsJsonAsync(add, await With(new { municipalityId = municipality, personId = three.GetProperty("candidates")[0].GetProperty("personId").GetGuid(), birthYear = 1970, gender = "Woman" }));
        var badYear = await liv.PostAsJsonAsync(add, await With(Candidate(municipality, "Dag Feil", 70, "Man")));
        var seats = await ListAsync(await liv.PutAsJsonAsync($"/api/elections/{election}/seats", new { countyId = W.County, municipalityId = municipality, seats = 21, version = await ListVersionAsync(election, municipality) }));
        var cecilie = three.GetProperty("candidates")[1].GetProperty("id").GetGuid();
        var declined = await ListAsync(await liv.PutAsJsonAsync($"/api/candidates/{cecilie}", new { birthYear = 1985, gender = "Woman", declined = true, version = await ListVersionAsync(election, municipality) }));

        Assert.Equal(["Anne Topp", "Cecilie Ny", "Bjørn Ung"], Names(three));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("allerede på listen", await twice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Persons.AnyAsync(p => p.Name == "Dag Feil")));
        Assert.Equal((3, 2, 1, 1), (seats.GetProperty("balance").GetProperty("names").GetInt32(), seats.GetProperty("balance").GetProperty("women").GetInt32(),
            seats.GetProperty("balance").GetProperty("youth").GetInt32(), seats.GetProperty("balance").GetProperty("cumulated").GetInt32()));
        Assert.Equal((7, 27, 4), (seats.GetProperty("rules").GetProperty("minNames").GetInt32(), seats.GetProperty("rules").GetProperty("maxNames").GetInt32(),
            seats.GetProperty("rules").GetProperty("maxCumulated").GetInt32()));
        Assert.Contains("minst 7 navn", seats.GetProperty("problems")[0].GetString());
        Assert.Equal(["Anne Topp", "Bjørn Ung", "Cecilie Ny"], Names(declined));
        Assert.Equal([1, 2, 0], declined.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("place").GetInt32()));
    }

    [Fact]
    public async Task CountysList_NamesHiddenFromABranchUntilAdopted_OthersCannotAdd_AStaleVersionIsRefused_AndTheProposalDownloads()
    {
        var (election, _) = await ElectionAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var ola = await app.BearerClientAsync(W.OtherCountyLeaderUser);
        var add = $"/api/elections/{election}/candidates";
        var page = $"/api/elections/{election}/nomination?countyId={W.County}";

        var first = await ListAsync(await kari.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(Candidate(null, "Fylkes Topp", 1968, "Man")), W.County, election)));
        var byBranch = await liv.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(Candidate(null, "Lag Kandidat", 1990, "Woman")), W.County, election));
        var byOther = await ola.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(Candidate(null, "Annen Fylke", 1990, "Woman")), W.County, election));
        var version = (await kari.GetFromJsonAsync<JsonElement>(page)).GetProperty("row").GetProperty("version").GetInt64();
        var stale = await kari.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(new
        {
            name = "For Sent", birthYear = 1980, gender = "Man", version = version - 1,
        }), W.County, election));
        var hidden = await liv.GetFromJsonAsync<JsonElement>(page);
        var nomination = hidden.GetProperty("row").GetProperty("nominationId").GetGuid();
        var hiddenSheet = await liv.GetAsync($"/api/nominations/{nomination}/list.xlsx");
        await Ok(await kari.PostAsJsonAsync($"/api/elections/{election}/nominations/steps", new { countyId = W.County, kind = "ListAdopted", on = "2026-05-20", version = await ListVersionAsync(election, null) }));
        var adopted = await liv.GetFromJsonAsync<JsonElement>(page);
        var proposal = await kari.GetAsync($"/api/nominations/{nomination}/list.docx");

        Assert.Equal(["Fylkes Topp"], Names(first));
        Assert.Equal(HttpStatusCode.Forbidden, byBranch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(hidden.GetProperty("list").GetProperty("hidden").GetBoolean());
        Assert.Empty(Names(hidden.GetProperty("list")));
        Assert.Equal(1, hidden.GetProperty("list").GetProperty("balance").GetProperty("names").GetInt32());
        // One man on the list: the figures would say the top candidate is a man, so a reader who may not see names sees none of them.
        Assert.Equal(0, hidden.GetProperty("list").GetProperty("balance").GetProperty("men").GetInt32());
        Assert.Equal(1, adopted.GetProperty("list").GetProperty("balance").GetProperty("men").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, hiddenSheet.StatusCode);
        // The proposal that left the app is in the audit with who took it; the sheet refused is not.
        var exported = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == nomination && e.Action == "Exported").Select(e => e.After).ToListAsync());
        Assert.Equal(["{\"Fil\":\"docx\",\"Kandidater\":\"1\"}"], exported);
        Assert.Equal(["Fylkes Topp"], Names(adopted.GetProperty("list")));
        Assert.Equal(HttpStatusCode.OK, proposal.StatusCode);
        var text = Docx.Text(await proposal.Content.ReadAsByteArrayAsync());
        Assert.Contains("Fylkes Topp", text);
        Assert.Contains("Listeforslag", text);
        // Shaped as the official form: the board's signature lines, the leader first, each with the signer's name and office.
        Assert.Contains("Underskrifter", text);
        Assert.Contains("Kari Fylkesleder, leder", text);
        Assert.True(text.IndexOf("Underskrifter", StringComparison.Ordinal) < text.IndexOf("Kari Fylkesleder, leder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BranchOfficer_WhoNeitherLeadsNorNominates_SeesTheRow_ButNotTheNames_AndCannotChangeTheList()
    {
        var (election, municipality) = await ElectionAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var treasurer = await app.WithDbAsync(async db =>
        {
            var type = new PositionType(W.National, "Kasserer i listetest", ScopeKind.OwnUnit);
            var person = new Person(W.BranchA, "Kari Kasserer", null, null);
            db.AddRange(type, person, new Position(person.Id, type, W.BranchA, null, null, RegisterBuilder.CurrentTerm));
            await db.SaveChangesAsync();
            return person.Id;
        });
        var client = await app.BearerClientAsync(await app.Register().UserAsync("kasserer-liste@test.no", treasurer));
        var list = await ListAsync(await kari.PostAsJsonAsync($"/api/elections/{election}/candidates",
            await MergeAsync(JsonSerializer.SerializeToElement(Candidate(municipality, "Skjult Kandidat", 1977, "Woman")), W.County, election)));
        var nomination = await app.WithDbAsync(db => db.Nominations.Where(n => n.ElectionId == election).Select(n => n.Id).SingleAsync());

        var seen = await client.GetFromJsonAsync<JsonElement>($"/api/nominations/{nomination}/list");
        var byCounty = await kari.GetFromJsonAsync<JsonElement>($"/api/nominations/{nomination}/list");
        var add = await client.PostAsJsonAsync($"/api/elections/{election}/candidates",
            await MergeAsync(JsonSerializer.SerializeToElement(Candidate(municipality, "Egen Kandidat", 1980, "Man")), W.County, election));

        Assert.True(seen.GetProperty("hidden").GetBoolean());
        Assert.Empty(Names(seen));
        Assert.Equal(["Skjult Kandidat"], Names(byCounty));
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Single(Names(list));
    }

    [Fact]
    public async Task Candidate_IsInThePersonsExport_AndErasureTakesThemOffTheList_TheRestClosingUp()
    {
        var (election, municipality) = await ElectionAsync();
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var add = $"/api/elections/{election}/candidates";
        await ListAsync(await kari.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(Candidate(municipality, "Glemt Kandidat", 1975, "Man")), W.County, election)));
        var list = await ListAsync(await kari.PostAsJsonAsync(add, await MergeAsync(JsonSerializer.SerializeToElement(Candidate(municipality, "Blir Stående", 1976, "Woman")), W.County, election)));
        var person = list.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Glemt Kandidat").GetProperty("personId").GetGuid();
        var admin = await app.SignedInClientAsync(W.Admin);

        var export = await admin.GetFromJsonAsync<JsonElement>($"/api/persons/{person}/personal-data");
        await Ok(await admin.PostAsJsonAsync($"/api/persons/{person}/erase", new { confirmName = "Glemt Kandidat" }));
        var after = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}/nomination?countyId={W.County}&municipalityId={municipality}");

        var records = export.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "Valg").GetProperty("records");
        Assert.Contains(records.EnumerateArray(), r => r.GetProperty("what").GetString() == "Kandidat på en liste" && r.GetProperty("values").GetProperty("Liste").GetString() == "Listeby");
        Assert.DoesNotContain("Glemt Kandidat", Names(after.GetProperty("list")));
        Assert.Equal(1, after.GetProperty("list").GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Blir Stående").GetProperty("place").GetInt32());
    }

    /// <summary>
    /// The body with the list's county set (every candidate here is on the test county's lists) and, unless the test sends its own,
    /// the version of the list as a client would have read it.
    /// </summary>
    private async Task<Dictionary<string, object?>> MergeAsync(JsonElement body, Guid county, Guid election)
    {
        var fields = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["countyId"] = county;
        var municipality = fields.GetValueOrDefault("municipalityId") is JsonElement { ValueKind: JsonValueKind.String } m ? m.GetGuid() : (Guid?)null;
        fields.TryAdd("version", await ListVersionAsync(election, municipality));
        return fields;
    }

    /// <summary>The version of the test county's list in the municipality (or its own list), null while it has none.</summary>
    private Task<long?> ListVersionAsync(Guid election, Guid? municipality) =>
        app.WithDbAsync(db => db.Nominations.Where(n => n.ElectionId == election && n.CountyId == W.County && n.MunicipalityId == municipality && n.ConstituencyId == null)
            .Select(n => (long?)n.Version).SingleOrDefaultAsync());
}
