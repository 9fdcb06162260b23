using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>After the count: the branch's leader enters the personal votes, the elected are ranked by the act, and registered once as public-office holders.</summary>
public sealed class ElectedApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task BranchLeader_EntersThePersonalVotes_AndRegistersTheElected_Once()
    {
        var (list, candidates) = await app.WithDbAsync(async db =>
        {
            var place = new Municipality(MunicipalityNumber.Parse("9951"), "Valgtby");
            db.Add(place);
            db.Add(new CountyMunicipality(W.County, place.Id));
            (await db.Organisations.SingleAsync(o => o.Id == W.BranchA)).CoverMunicipality(place.Id);
            var election = new Election(W.County, ElectionKind.Local, new LocalDate(2026, 5, 25), "Valgt-valg", new LocalDateTime(2026, 3, 1, 12, 0));
            var nomination = new Nomination(election.Id, W.County, place.Id);
            var people = new[] { "Anne Først", "Bjørn Andre", "Cato Tredje" }.Select(n => new Person(W.BranchA, n, null, null)).ToList();
            db.AddRange(people);
            var added = people.Select((p, i) => nomination.AddCandidate(p.Id, new CandidateFacts(1970 + i, Gender.Man, "Sentrum", false, i == 0))).ToList();
            nomination.Record(NominationStepKind.ListAdopted, new LocalDate(2026, 1, 10), election.Day, new LocalDate(2026, 6, 1), "Test", null);
            db.AddRange(election, nomination, new ListResult(election.Id, W.County, place.Id, 400, 12.5m, 2, null));
            await db.SaveChangesAsync();
            return (nomination.Id, added.Select(c => c.Id).ToArray());
        });
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);
        var otto = await app.BearerClientAsync(W.NoPositionUser);

        await Ok(await liv.PutAsJsonAsync($"/api/nominations/{list}/personal-votes", new { votes = new Dictionary<Guid, int?> { [candidates[1]] = 150, [candidates[2]] = 40 }, version = await app.VersionAsync(list) }));
        var view = await liv.GetFromJsonAsync<JsonElement>($"/api/nominations/{list}/elected");
        var first = await liv.PostAsJsonAsync($"/api/nominations/{list}/elected", new { roles = new Dictionary<Guid, string> { [candidates[1]] = "Mayor" } });
        var again = await liv.PostAsJsonAsync($"/api/nominations/{list}/elected", new { });
        var registered = await liv.GetFromJsonAsync<JsonElement>($"/api/nominations/{list}/elected");
        var notElected = await liv.PostAsJsonAsync($"/api/nominations/{list}/elected", new { roles = new Dictionary<Guid, string> { [candidates[2]] = "GroupLeader" } });
        var outsider = await otto.GetAsync($"/api/nominations/{list}/elected");
        var sheet = await Sheets.ReadAsync(await liv.GetAsync($"/api/nominations/{list}/elected.xlsx"));
        var outsiderSheet = await otto.GetAsync($"/api/nominations/{list}/elected.xlsx");
        var reader = await (await app.BearerClientAsync(W.BoardMemberUser)).PutAsJsonAsync($"/api/nominations/{list}/personal-votes",
            new { votes = new Dictionary<Guid, int?> { [candidates[2]] = 9000 } });

        // Anne is cumulated: 100 (a quarter of 400) beats none; Bjørn's 150 ranks him first.
        Assert.Equal([("Bjørn Andre", true), ("Anne Først", true), ("Cato Tredje", false)],
            view.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("elected").GetBoolean())));
        // After registering, each elected shows the offices they hold for the term; the one not elected none.
        Assert.Equal([["Kommunestyrerepresentant", "Ordfører"], ["Kommunestyrerepresentant"], []],
            registered.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("offices").EnumerateArray().Select(o => o.GetString()).Order(StringComparer.Ordinal).ToArray()));
        Assert.Equal(3, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offices").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offices").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, notElected.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal([("Bjørn Andre", "Valgt"), ("Anne Først", "Valgt"), ("Cato Tredje", "1. vara")], sheet.Select(r => (Sheets.Text(r, "Kandidat"), Sheets.Text(r, "Utfall"))));
        Assert.Equal(HttpStatusCode.NotFound, outsiderSheet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        var offices = await app.WithDbAsync(db => db.PublicOffices.Where(o => o.Place == "Valgtby kommunestyre").Select(o => new { o.Kind, o.Term.From }).ToListAsync());
        Assert.Equal(3, offices.Count);
        Assert.All(offices, o => Assert.Equal(new LocalDate(2026, 10, 1), o.From));
    }
}
