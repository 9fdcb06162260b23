using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Meetings;

/// <summary>
/// Follow-up of decisions: tasks with one owner and a due date not before the decision, the Vedtak til oppfølging list with the
/// overdue first, reports by the owner and the body's secretary only, and a decision that keeps its tasks.
/// </summary>
public sealed class FollowUpTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<(Committee C, HttpClient Secretary, Guid Meeting, Guid Case, Guid Decision)> DecidedAsync(string name)
    {
        var c = await Committee.CreateAsync(app, name);
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body, "Styremøte mai", "2026-05-20");
        var item = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = $"Resolusjoner {name}" }));
        await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", new { decision = "Resolusjonene følges opp med brev.", vote = "Unanimous", version = await app.VersionAsync(item) });
        var view = await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes");
        var decision = view.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("caseId").GetGuid() == item).GetProperty("decisionId").GetGuid();
        return (c, secretary, meeting, item, decision);
    }

    [Fact]
    public async Task FollowUp_OfAClosedCase_IsListedToTheBodysMembers_NotToOtherReaders_AndTheListPagesWhatIsLeft()
    {
        var c = await Committee.CreateAsync(app, "Lukket oppfølging");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body, "Styremøte mai", "2026-05-20");
        var item = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Personalsak", closed = true }));
        await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", new { decision = "Saken følges opp.", vote = "Unanimous", version = await app.VersionAsync(item) });
        var decision = (await secretary.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/minutes")).GetProperty("cases").EnumerateArray()
            .Single(x => x.GetProperty("caseId").GetGuid() == item).GetProperty("decisionId").GetGuid();
        await Created(await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Fortrolig samtale", dueOn = "2026-08-01", personId = c.Member }));
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var bySecretary = await secretary.GetFromJsonAsync<JsonElement>($"/api/decisions?organisationId={W.County}&open=true");
        var byCountyLeader = await kari.GetFromJsonAsync<JsonElement>($"/api/decisions?organisationId={W.County}&open=true");

        Assert.Contains(bySecretary.GetProperty("items").EnumerateArray(), r => r.GetProperty("task").GetString() == "Fortrolig samtale");
        Assert.DoesNotContain(byCountyLeader.GetProperty("items").EnumerateArray(), r => r.GetProperty("task").GetString() == "Fortrolig samtale");
        // The total is what the reader may see, so the pages add up.
        Assert.Equal(byCountyLeader.GetProperty("items").GetArrayLength(), byCountyLeader.GetProperty("total").GetInt32());
        // The download is filtered alike.
        Assert.Contains(await Sheets.ReadAsync(await secretary.GetAsync($"/api/decisions.xlsx?organisationId={W.County}&open=true")), r => Sheets.Text(r, "Oppgave") == "Fortrolig samtale");
        Assert.DoesNotContain(await Sheets.ReadAsync(await kari.GetAsync($"/api/decisions.xlsx?organisationId={W.County}&open=true")), r => Sheets.Text(r, "Oppgave") == "Fortrolig samtale");
    }

    [Fact]
    public async Task FollowUp_WithoutOwner_OrDueBeforeTheDecision_IsRefused_AndTheListShowsTheOverdueFirst()
    {
        var (c, secretary, _, _, decision) = await DecidedAsync("Oppfølgingsutvalget");
        var noOwner = await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Skrive brev", dueOn = "2026-06-30" });
        var early = await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Skrive brev", dueOn = "2026-05-01", personId = c.Member });
        var later = await Created(await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups",
            new { title = "Møte med ordførerne", dueOn = "2026-08-01", bodyId = c.Body }));
        var overdue = await Created(await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups",
            new { title = "Sende brev til departementet", dueOn = "2026-05-25", personId = c.Member }));

        var list = (await secretary.GetFromJsonAsync<JsonElement>($"/api/decisions?organisationId={W.County}&open=true")).GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        Assert.Contains("Velg hvem som følger opp", await noOwner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Fristen kan ikke være før vedtaket ble gjort (20.5.2026)", await early.Content.ReadAsStringAsync());
        var ours = list!.Where(r => r.GetProperty("decisionId").GetGuid() == decision).ToList();
        Assert.Equal([overdue, later], ours.Select(r => r.GetProperty("id").GetGuid()));
        Assert.True(ours[0].GetProperty("overdue").GetBoolean());
        Assert.Equal("Medlem Oppfølgingsutvalget", ours[0].GetProperty("owner").GetString());
        Assert.Equal("Oppfølgingsutvalget", ours[1].GetProperty("owner").GetString());
        // Overdue ones come first in the organisation's whole list, whoever's they are.
        var firstNotOverdue = Array.FindIndex(list!, r => !r.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(list!.Skip(Math.Max(firstNotOverdue, 0)), r => r.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Report_ByTheOwner_IsKept_ByAnotherMember_IsForbidden_AndByAnOutsider_NotFound()
    {
        var (c, secretary, _, _, decision) = await DecidedAsync("Rapportutvalget");
        var task = await Created(await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups",
            new { title = "Skrive leserinnlegg", dueOn = "2026-07-01", personId = c.Member }));
        var owner = await c.ClientAsync(app, "medlem", c.Member);
        var deputy = await c.ClientAsync(app, "vara1", c.Deputy1);
        var otto = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var reported = await owner.PostAsJsonAsync($"/api/follow-ups/{task}/reports", new { status = "Done", note = "Innlegget stod i Hamar Arbeiderblad.", version = await app.VersionAsync(task) });
        var byDeputy = await deputy.PostAsJsonAsync($"/api/follow-ups/{task}/reports", new { status = "Dropped", version = await app.VersionAsync(task) });
        var byOutsider = await otto.PostAsJsonAsync($"/api/follow-ups/{task}/reports", new { status = "Dropped", version = await app.VersionAsync(task) });
        var stale = await owner.PostAsJsonAsync($"/api/follow-ups/{task}/reports", new { status = "UnderWay", version = 1 });
        var detail = await owner.GetFromJsonAsync<JsonElement>($"/api/decisions/{decision}");
        var open = (await secretary.GetFromJsonAsync<JsonElement>($"/api/decisions?organisationId={W.County}&open=true")).GetProperty("items").EnumerateArray().ToArray();
        var outsiderList = await otto.GetAsync($"/api/decisions?organisationId={W.County}");

        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDeputy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var note = detail.GetProperty("tasks").EnumerateArray().Single().GetProperty("notes").EnumerateArray().Single();
        Assert.Equal("Innlegget stod i Hamar Arbeiderblad.", note.GetProperty("text").GetString());
        Assert.Equal("Gjennomført", note.GetProperty("statusLabel").GetString());
        Assert.DoesNotContain(open!, r => r.GetProperty("id").GetGuid() == task);
        Assert.Equal(HttpStatusCode.BadRequest, outsiderList.StatusCode);
    }

    [Fact]
    public async Task Decision_WithFollowUps_CannotBeEmptied_AndLinksOnlyToMeasuresOfItsOrganisation()
    {
        var (c, secretary, meeting, item, decision) = await DecidedAsync("Tiltaksutvalget");
        await Created(await secretary.PostAsJsonAsync($"/api/decisions/{decision}/follow-ups", new { title = "Følge opp", dueOn = "2026-07-01", bodyId = c.Body }));

        var emptied = await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", new { decision = "", vote = "Unanimous", version = await app.VersionAsync(item) });
        var foreign = await secretary.PostAsJsonAsync($"/api/decisions/{decision}/measures", new { measureId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);
        Assert.Contains("oppfølgingsoppgaver", await emptied.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }
}
