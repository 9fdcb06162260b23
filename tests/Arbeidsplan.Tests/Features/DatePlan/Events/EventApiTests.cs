using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.DatePlan.Events;

public sealed class EventApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;
    private static readonly Guid Board = EventKind.IdOf(EventKind.BoardMeeting);
    private static readonly Guid Other = EventKind.IdOf(EventKind.Other);

    [Fact]
    public async Task WeeklySeries_WithCancelledAndMovedOccurrence_ShowsInTheMonthTable()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var id = await Created(await client.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = Other, title = "Tirsdagsmøte", startDate = "2026-06-02", startTime = "08:00", endTime = "08:45", place = "Teams",
            repeat = new { frequency = "Weekly", until = "2026-06-30" },
        }));
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        Assert.Equal("Hver tirsdag, til og med 30.6.2026", detail.GetProperty("repeatText").GetString());
        var version = detail.GetProperty("version").GetInt64();

        var cancelled = await client.PostAsJsonAsync($"/api/events/{id}/occurrences", new { originalDate = "2026-06-09", cancel = true, version });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        version = (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/events/{id}/occurrences",
            new { originalDate = "2026-06-16", startDate = "2026-06-17", startTime = "08:00", endTime = "08:45", version })).StatusCode);

        var lastVersion = (await client.GetFromJsonAsync<JsonElement>($"/api/events/{id}")).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/events/{id}/occurrences",
            new { originalDate = "2026-06-30", startDate = "2026-07-02", startTime = "08:00", endTime = "08:45", version = lastVersion })).StatusCode);
        Assert.Contains(await Month(client, W.County, 2026, 7), i => i.GetProperty("title").GetString() == "Tirsdagsmøte" && i.GetProperty("moved").GetBoolean());

        var june = await Month(client, W.County, 2026, 6);
        Assert.Equal(["2.", "17.", "23."], june.Where(i => i.GetProperty("title").GetString() == "Tirsdagsmøte").Select(i => i.GetProperty("dateCell").GetString()).ToList());
    }

    [Fact]
    public async Task Save_OverANewerVersion_IsAConflict_AndBadInputIsAProblemInNorwegian()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var body = new { organisationId = W.County, kindId = Board, bodyId = W.Board, title = "Fylkesstyremøte", startDate = "2026-09-15", version = 1 };
        var id = await Created(await client.PostAsJsonAsync("/api/events", body));
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/events/{id}", body with { title = "Fylkesstyremøte (endret)" })).StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/events/{id}", body with { title = "Fylkesstyremøte, gammel fane" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var backwards = await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Other, title = "Samling", startDate = "2026-09-15", endDate = "2026-09-14" });
        var problem = await backwards.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("application/problem+json", backwards.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Slutten kan ikke være før starten.", problem.GetProperty("errors").GetProperty("EndDate")[0].GetString());

        var endless = await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Other, title = "Uendelig", startDate = "2026-09-15", repeat = new { frequency = "Weekly" } });
        Assert.Equal(HttpStatusCode.BadRequest, endless.StatusCode);
        Assert.Contains("sluttdato eller et antall", await endless.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BranchLeader_ReadsTheCountyPlanButEditsOnlyTheBranch_AndBodyEventsStayInTheBody()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var secret = await Created(await county.PostAsJsonAsync("/api/events",
            new { organisationId = W.County, kindId = Board, bodyId = W.Board, title = "Lukket styremøte", startDate = "2026-10-06", visibility = "Body" }));
        var open = await Created(await county.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Other, title = "Åpent møte", startDate = "2026-10-07" }));

        var branch = await app.SignedInClientAsync(W.BranchLeaderUser);
        var october = await Month(branch, W.County, 2026, 10);
        Assert.Contains(october, i => i.GetProperty("eventId").GetString() == open.ToString());
        Assert.DoesNotContain(october, i => i.GetProperty("eventId").GetString() == secret.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/api/events/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await branch.PostAsJsonAsync("/api/events",
            new { organisationId = W.County, kindId = Other, title = "Kupp", startDate = "2026-10-08" })).StatusCode);
        await Created(await branch.PostAsJsonAsync("/api/events", new { organisationId = W.BranchA, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Årsmøte", startDate = "2027-01-20" }));
        Assert.Equal(HttpStatusCode.NotFound, (await branch.DeleteAsync($"/api/events/{open}?version=1")).StatusCode);

        var outsider = await app.SignedInClientAsync(W.NoPositionUser);
        Assert.Equal(HttpStatusCode.BadRequest, (await outsider.GetAsync($"/api/calendar?organisationId={W.County}&year=2026")).StatusCode);
    }

    [Fact]
    public async Task Rules_ShowTheWindowsMissingBranches_AndTheBoardsNoticeDeadline()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var annual = EventKind.IdOf(EventKind.AnnualMeeting);
        await Created(await client.PostAsJsonAsync("/api/calendar/windows",
            new { organisationId = W.County, title = "Lokallagsårsmøter", kindId = annual, appliesTo = "Local", fromMonth = 1, fromDay = 1, toMonth = 1, toDay = 31 }));
        await Created(await client.PostAsJsonAsync("/api/calendar/deadline-rules",
            new { organisationId = W.County, title = "Innkalling sendes", kindId = Board, bodyId = W.Board, daysBefore = 14 }));
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.BranchB, kindId = annual, title = "Årsmøte Beta", startDate = "2026-01-21" }));
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Board, bodyId = W.Board, title = "Styremøte juli", startDate = "2026-07-01" }));

        var rules = await client.GetFromJsonAsync<JsonElement>($"/api/calendar/rules?organisationId={W.County}&year=2026");
        var window = rules.GetProperty("windows")[0];
        Assert.Equal(2, window.GetProperty("missing").GetInt32());
        Assert.Contains(window.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Beta lokallag" && o.GetProperty("heldOn").GetString() == "2026-01-21");
        Assert.Contains(rules.GetProperty("dueSoon").EnumerateArray(), d => d.GetProperty("start").GetString() == "2026-06-17");

        var january = await Month(client, W.County, 2026, 1);
        Assert.Contains(january, i => i.GetProperty("source").GetString() == "Window");
        var bad = await client.PostAsJsonAsync("/api/calendar/deadline-rules", new { organisationId = W.County, title = "Feil", kindId = Board, daysBefore = -3 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Template_AndCopyYear_MakeDraftsOnTheSameWeekday_ThatCanBeConfirmed()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var template = await Created(await client.PostAsJsonAsync("/api/calendar/templates", new
        {
            organisationId = W.County, name = "Valgår", yearType = "ElectionYear",
            items = new object[] { new { month = 1, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Lokallagsårsmøter" }, new { month = 9, day = 13, kindId = EventKind.IdOf(EventKind.Election), title = "Valgdagen" } },
        }));
        var applied = await client.PostAsJsonAsync($"/api/calendar/templates/{template}/apply", new { organisationId = W.County, year = 2027 });
        Assert.Equal(2, (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
        var twice = await client.PostAsJsonAsync($"/api/calendar/templates/{template}/apply", new { organisationId = W.County, year = 2027 });
        Assert.Equal(0, (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());

        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Board, title = "Fylkesstyremøte mars", startDate = "2026-03-17" }));
        var copied = await (await client.PostAsJsonAsync("/api/calendar/copy-year", new { organisationId = W.County, fromYear = 2026, kindId = Board })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(copied.GetProperty("count").GetInt32() >= 1);
        var again = await (await client.PostAsJsonAsync("/api/calendar/copy-year", new { organisationId = W.County, fromYear = 2026, kindId = Board })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("count").GetInt32());

        var march = await Month(client, W.County, 2027, 3);
        var draft = march.Single(i => i.GetProperty("title").GetString() == "Fylkesstyremøte mars");
        Assert.Equal("23.", draft.GetProperty("dateCell").GetString()); // Tuesday of ISO week 12, as 17 March 2026
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={W.County}&year=2027");
        Assert.True(view.GetProperty("draftCount").GetInt32() >= 3);
        var confirmed = await client.PostAsJsonAsync("/api/calendar/confirm-drafts", new { organisationId = W.County, year = 2027 });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={W.County}&year=2027")).GetProperty("draftCount").GetInt32());
    }

    [Fact]
    public async Task PlanTiming_RelativeToAMeeting_IsPlacedOnTheDatePlansEvent()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Fylkesårsmøte", startDate = "2028-02-12", endDate = "2028-02-13" }));
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Board, title = "Fylkesstyremøte", startDate = "2028-01-18" }));
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = Board, title = "Fylkesstyremøte", startDate = "2028-03-07" }));
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Arbeidsplan 2028", kind = "Annual", fromYear = 2028 }));

        var measure = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = "Konstituere styret", owner = "Leder", timing = "Første FS-møte etter årsmøtet" }));

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/measures/{measure}");
        Assert.EndsWith("7. mars 2028", detail.GetProperty("timingUnderstood").GetString());
    }

    internal static async Task<List<JsonElement>> Month(HttpClient client, Guid organisation, int year, int month)
    {
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/calendar?organisationId={organisation}&year={year}");
        return view.GetProperty("months")[month - 1].GetProperty("items").EnumerateArray().ToList();
    }
}
