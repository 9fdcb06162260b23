using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Plans;

public sealed class PlanApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task Scenario_DeputyFollowsUp_RollsOver_ComparesAndChecks()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var (plan, goal, recruit, overdue, thisMonth) = await WriteThePlanAsync(client);
        await SetTheRecruitmentUnderWayAsync(client, recruit);

        // Today is 1 June 2026 in the tests.
        Assert.Equal([overdue], await Ids(client, $"/api/plans/{plan}/measures?overdue=true"));
        Assert.Equal([thisMonth], await Ids(client, $"/api/plans/{plan}/measures?dueThisMonth=true"));
        Assert.Equal([thisMonth], await Ids(client, $"/api/plans/{plan}/measures?mine=true"));
        Assert.Equal([recruit], await Ids(client, $"/api/plans/{plan}/measures?status=UnderWay"));
        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");
        var goalRow = overview.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == goal);
        Assert.Equal(0.5, goalRow.GetProperty("progress").GetDouble());

        await CheckFindsTheFlawsAsync(client, plan);
        var next = await RollOverAsync(client, plan);
        await DiffShowsTheYearChangedAsync(client, plan, next);
    }

    /// <summary>
    /// A plan made so each filter finds one measure (overdue, due this month, mine; the recruitment drive is set under way next) and the check
    /// finds each kind of flaw: last year in a chapter's text, a gap in the numbering, an unknown owner, a timing it cannot read, a goal without measures.
    /// </summary>
    private async Task<(Guid Plan, Guid Goal, Guid Recruit, Guid Overdue, Guid ThisMonth)> WriteThePlanAsync(HttpClient client)
    {
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Arbeidsplan 2026", kind = "Annual", fromYear = 2026 }));
        var organisation = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/chapters", new { number = "2", title = "Organisasjon", text = "Det viktigste i 2025 blir å hjelpe lokallaga." }));
        await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/chapters", new { number = "2.1", title = "Målsettinger" }));
        await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/chapters", new { number = "2.3", title = "Fylkeskontoret" }));
        var goal = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/goals",
            new { text = "Alle lokallag skal ha medlemsvekst", indicatorName = "Betalende medlemmer", baseline = 955, baselineOn = "2025-12-31", target = 1000, targetOn = "2026-12-31" }));
        await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/goals", new { text = "Liste i alle kommuner ved kommunevalget 2027" }));
        var recruit = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures",
            new { chapterId = organisation, code = "2.1a", text = "Vervekampanje i alle lokallag", category = "Medlemsarbeid", owner = "Fylkesstyret", timing = "innen 1. juli 2026", goalIds = new[] { goal } }));
        var overdue = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures",
            new { chapterId = organisation, code = "2.1b", text = "Regionmøter", owner = "Regionkontaktene", timing = "innen 1. mai 2026" }));
        var thisMonth = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures",
            new { chapterId = organisation, code = "2.1c", text = "Sommeravslutning med fylkestingsgruppa", owner = "Leder", timing = "Juni" }));
        await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures",
            new { chapterId = organisation, code = "2.1d", text = "Månedlig prat", owner = "Ukjent komité", timing = "snarest" }));
        return (plan, goal, recruit, overdue, thisMonth);
    }

    private static async Task SetTheRecruitmentUnderWayAsync(HttpClient client, Guid recruit)
    {
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/measures/{recruit}");
        Assert.Equal("Frist 1. juli 2026", detail.GetProperty("timingUnderstood").GetString());
        Assert.True(detail.GetProperty("ownerKnown").GetBoolean());
        var status = await client.PostAsJsonAsync($"/api/measures/{recruit}/status",
            new { status = "UnderWay", on = "2026-05-20", note = "Kampanjen startet på Hamar.", version = detail.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var notes = (await client.GetFromJsonAsync<JsonElement>($"/api/measures/{recruit}")).GetProperty("notes");
        Assert.Equal("Kampanjen startet på Hamar.", notes[0].GetProperty("text").GetString());
        Assert.Equal("2026-05-20", notes[0].GetProperty("on").GetString());
        // The history names the person who wrote it, not her sign-in address.
        Assert.Equal("Kari Fylkesleder", notes[0].GetProperty("author").GetString());
    }

    private static async Task CheckFindsTheFlawsAsync(HttpClient client, Guid plan)
    {
        var findings = await client.GetFromJsonAsync<JsonElement[]>($"/api/plans/{plan}/check");
        var kinds = findings!.Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("StaleYear", kinds);
        Assert.Contains("Numbering", kinds);
        Assert.Contains("UnknownOwner", kinds);
        Assert.Contains("TimingNotUnderstood", kinds);
        Assert.Contains("GoalWithoutMeasures", kinds);
        Assert.All(findings!, f => Assert.StartsWith($"/plan/{plan}/", f.GetProperty("link").GetString()));
    }

    /// <summary>Returns next year's plan, made by rolling this one over.</summary>
    private static async Task<Guid> RollOverAsync(HttpClient client, Guid plan)
    {
        var rolled = await client.PostAsJsonAsync($"/api/plans/{plan}/roll-over", new { });
        Assert.Equal(HttpStatusCode.Created, rolled.StatusCode);
        var next = (await rolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var nextOverview = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{next}");
        Assert.Equal("Arbeidsplan 2027", nextOverview.GetProperty("plan").GetProperty("title").GetString());
        Assert.Equal("Draft", nextOverview.GetProperty("plan").GetProperty("state").GetString());
        var nextMeasures = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{next}/measures")).GetProperty("items");
        var moved = nextMeasures.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "2.1a");
        Assert.Equal("innen 1. juli 2027", moved.GetProperty("timing").GetString());
        Assert.Equal("NotStarted", moved.GetProperty("status").GetString());
        return next;
    }

    private static async Task DiffShowsTheYearChangedAsync(HttpClient client, Guid plan, Guid next)
    {
        var diff = await client.GetFromJsonAsync<JsonElement[]>($"/api/plans/{plan}/diff/{next}");
        var changed = diff!.Single(d => d.GetProperty("place").GetString() == "Measure" && d.GetProperty("label").GetString()!.StartsWith("2.1a", StringComparison.Ordinal));
        Assert.Equal("Changed", changed.GetProperty("kind").GetString());
        var words = changed.GetProperty("words").EnumerateArray().Select(w => (w.GetProperty("kind").GetString(), w.GetProperty("text").GetString())).ToList();
        Assert.Contains(("Removed", "2026"), words);
        Assert.Contains(("Added", "2027"), words);
    }

    [Fact]
    public async Task Measure_SavedOverNewerVersion_AnswersConflict()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Plan for konflikt", fromYear = 2026 }));
        var measure = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = "Første tekst", timing = "Mars" }));

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/measures/{measure}", new { text = "Andre tekst", version = 1 })).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/measures/{measure}", new { text = "Tredje tekst", version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tiltaket er nå «Andre tekst»", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Andre tekst", (await client.GetFromJsonAsync<JsonElement>($"/api/measures/{measure}")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Measure_TimingNotUnderstood_IsKeptAndFlagged_EmptyTextIsRefusedInNorwegian()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Plan for tid", fromYear = 2026 }));

        var kept = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = "Noe", timing = "når det passer" }));
        var empty = await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = " ", timing = "Mars" });

        var measure = await client.GetFromJsonAsync<JsonElement>($"/api/measures/{kept}");
        Assert.Equal("når det passer", measure.GetProperty("timing").GetString());
        Assert.Equal("NotUnderstood", measure.GetProperty("timingKind").GetString());
        Assert.Contains("passer", measure.GetProperty("timingUnclear").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Tiltaket må fylles ut.", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BranchLeader_ReadsTheCountyPlan_EditsOnlyTheBranchPlan()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var countyPlan = await Created(await county.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Fylkets plan", fromYear = 2026 }));
        var branchC = await Created(await county.PostAsJsonAsync("/api/plans", new { organisationId = W.BranchC, title = "Gammas plan", fromYear = 2026 }));
        var leader = await app.SignedInClientAsync(W.BranchLeaderUser);

        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/plans/{countyPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PutAsJsonAsync($"/api/plans/{countyPlan}", new { title = "Kapret", fromYear = 2026 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsJsonAsync($"/api/plans/{countyPlan}/measures", new { text = "Kapret" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/plans/{branchC}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Ny", fromYear = 2026 })).StatusCode);
        var own = await Created(await leader.PostAsJsonAsync("/api/plans", new { organisationId = W.BranchA, title = "Alfas plan", fromYear = 2026 }));
        Assert.Equal(HttpStatusCode.Created, (await leader.PostAsJsonAsync($"/api/plans/{own}/measures", new { text = "Årsmøte", timing = "januar" })).StatusCode);

        var outsider = await app.SignedInClientAsync(W.NoPositionUser);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/plans/{countyPlan}")).StatusCode);
        Assert.Empty((await outsider.GetFromJsonAsync<JsonElement[]>("/api/plans"))!);
    }

    [Fact]
    public async Task Adopt_KeepsTheAdoptedTextAsRevision_ThatLaterChangesAreComparedWith()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await client.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Plan som vedtas", fromYear = 2026 }));
        var measure = await Created(await client.PostAsJsonAsync($"/api/plans/{plan}/measures", new { code = "1", text = "Regionmøte i nord", timing = "Mars" }));

        var refused = await client.PostAsJsonAsync($"/api/plans/{plan}/adopt", new { meeting = "Fylkesårsmøtet", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var adopted = await client.PostAsJsonAsync($"/api/plans/{plan}/adopt", new { meeting = "Fylkesårsmøtet", on = "2026-02-15", version = 1 });
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        await client.PutAsJsonAsync($"/api/measures/{measure}", new { code = "1", text = "Regionmøte i nord og sør", timing = "Mars", version = 1 });

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");
        Assert.Equal("Adopted", overview.GetProperty("plan").GetProperty("state").GetString());
        Assert.Equal("Fylkesårsmøtet", overview.GetProperty("plan").GetProperty("adoptedBy").GetString());
        Assert.Equal(1, overview.GetProperty("revisions")[0].GetProperty("number").GetInt32());
        var diff = await client.GetFromJsonAsync<JsonElement[]>($"/api/plans/{plan}/diff/{plan}?revision=1");
        var words = diff!.Single(d => d.GetProperty("place").GetString() == "Measure").GetProperty("words").EnumerateArray()
            .Select(w => (w.GetProperty("kind").GetString(), w.GetProperty("text").GetString())).ToList();
        Assert.Contains(("Added", "og sør"), words);
    }

    [Fact]
    public async Task ImportPreview_SaysWhichTimingsItCouldNotRead()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        const string text = "Arbeidsplan 2026\n\n2. Organisasjon\n2.1 Vervekampanje – Ansvar: Leder – Tid: når det passer\n2.2 Regionmøter – Ansvar: Leder – Tid: 1. juli på Hamar\n2.3 Styreseminar – Ansvar: Leder – Tid: innen 1. mai\n";

        var report = await (await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Tidstest", text, apply = false }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var measures = report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "Tiltak").ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal("Gjennomføringen «når det passer» ble ikke forstått.", measures["2.1"].GetProperty("doubt").GetString());
        Assert.StartsWith("Gjennomføringen «1. juli på Hamar» ble", measures["2.2"].GetProperty("doubt").GetString());
        Assert.Equal(JsonValueKind.Null, measures["2.3"].GetProperty("doubt").ValueKind);
    }

    [Fact]
    public async Task Import_PreviewSavesNothing_ApplySavesAll_BadInputSaysWhy()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var text = PlanFixtures.Coded2026;

        var preview = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Importert testplan", text, apply = false });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var report = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(report.GetProperty("saved").GetBoolean());
        Assert.Equal(3, report.GetProperty("measures").GetInt32());
        Assert.Contains(report.GetProperty("rows").EnumerateArray(), r => r.GetProperty("doubt").ValueKind == JsonValueKind.String);
        Assert.DoesNotContain(await client.GetFromJsonAsync<JsonElement[]>($"/api/plans?organisationId={W.County}") ?? [],
            p => p.GetProperty("title").GetString() == "Importert testplan");

        var applied = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text, apply = true });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var planId = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var measures = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/measures")).GetProperty("items");
        Assert.Equal(["1.1a", "1.1b", "1.2a"], measures.EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToList());
        Assert.Equal("Fylkesstyret", measures[0].GetProperty("owner").GetString());
        Assert.True(measures[0].GetProperty("ownerKnown").GetBoolean());

        var empty = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = "  " });
        Assert.Contains("tom", (await Problem(empty)).GetProperty("errors").GetProperty("Text")[0].GetString());
        var shapeless = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = "bare en setning uten noe mer.", fromYear = 2026 });
        Assert.Contains("Fant ingen kapitler", (await Problem(shapeless)).GetProperty("errors").GetProperty("Text")[0].GetString());
    }

    [Fact]
    public async Task Document_InWordAndPdf_HoldsTheChaptersAndTheMeasuresTable_ForThoseWhoReadThePlan()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var applied = await kari.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, title = "Plandokument til årsmøtet", text = PlanFixtures.Coded2026, apply = true });
        var plan = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var other = await app.SignedInClientAsync(W.OtherCountyLeaderUser);

        var pdf = Pdf.Text(await liv.GetByteArrayAsync($"/api/plans/{plan}/document.pdf"));
        var word = Docx.Text(await kari.GetByteArrayAsync($"/api/plans/{plan}/document.docx"));

        Assert.Contains("Plandokument til årsmøtet", pdf);
        Assert.Contains("Nr. Tiltak Ansvar Gjennomføring", pdf);
        Assert.Contains("1.1a Vervekampanje i alle lokallag Fylkesstyret innen 1. juli 2026", pdf);
        Assert.Contains("Regionmøter i alle regioner", word);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/plans/{plan}/document.pdf")).StatusCode);
    }

    [Fact]
    public async Task ImportFile_WordDocumentIsRead_OtherFilesAreRefused()
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);

        var word = await client.PostAsync("/api/plans/import/file", Form("plan.docx", PlanFixtures.Docx(), apply: false));
        var pdf = await client.PostAsync("/api/plans/import/file", Form("plan.pdf", "%PDF-1.4"u8.ToArray(), apply: false));
        var broken = await client.PostAsync("/api/plans/import/file", Form("plan.docx", "ikke en zip"u8.ToArray(), apply: false));

        Assert.True(word.StatusCode == HttpStatusCode.OK, await word.Content.ReadAsStringAsync());
        var report = await word.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Arbeidsplan 2026", report.GetProperty("title").GetString());
        Assert.Equal(2, report.GetProperty("measures").GetInt32());
        Assert.Contains(report.GetProperty("rows").EnumerateArray(), r => r.GetProperty("text").GetString() == "Målsettinger");
        Assert.Contains(".pdf", (await Problem(pdf)).GetProperty("errors").GetProperty("File")[0].GetString());
        Assert.Contains("kunne ikke leses", (await Problem(broken)).GetProperty("errors").GetProperty("File")[0].GetString());
    }

    private MultipartFormDataContent Form(string name, byte[] bytes, bool apply) => new()
    {
        { new StringContent(W.County.ToString()), "organisationId" },
        { new StringContent(apply ? "true" : "false"), "apply" },
        { new ByteArrayContent(bytes), "file", name },
    };

    private static async Task<Guid[]> Ids(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
