using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>The annual report drafted from the year's data, rewritten section by section, adopted and reopened.</summary>
public sealed class AnnualReportApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static JsonElement Section(JsonElement report, string kind) =>
        report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == kind);

    private async Task FiguresAsync(HttpClient client, int year, int a, int b) =>
        await Created(await client.PostAsJsonAsync("/api/members/year-end", new
        {
            organisationId = W.County, year,
            figures = new[] { new { branchId = W.BranchA, paying = a }, new { branchId = W.BranchB, paying = b }, new { branchId = W.BranchC, paying = 10 } },
        }));

    [Fact]
    public async Task Draft_IsWrittenFromTheData_AndARewriteSaysWhenTheFiguresChangeAfter()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await FiguresAsync(kari, 2024, 40, 100);
        await FiguresAsync(kari, 2025, 50, 110);

        var draft = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2025");
        var members = Section(draft, "Members");
        var written = await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2025, kind = "Members", text = "Medlemstallet gikk opp med 20.", version = 0 });
        var stale = await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2025, kind = "Members", text = "En annen tekst.", version = 0 });
        var unversioned = await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2025, kind = "Members", text = "Uten versjon." });
        await FiguresAsync(kari, 2025, 51, 110);
        var after = Section(await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2025"), "Members");

        Assert.StartsWith("Ved utgangen av 2025 hadde", members.GetProperty("draft").GetString());
        Assert.Contains("20 flere enn ett år før (150)", members.GetProperty("draft").GetString());
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Kari Fylkesleder endret «Medlemmer»", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        Assert.Contains("Version", await unversioned.Content.ReadAsStringAsync());
        Assert.Equal(("Medlemstallet gikk opp med 20.", 1), (after.GetProperty("text").GetString(), after.GetProperty("revision").GetInt32()));
        Assert.True(after.GetProperty("stale").GetBoolean());
        var rewrite = await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2025, kind = "Members", text = "Gikk opp med 21.", version = after.GetProperty("version").GetInt64() });
        var rewritten = await rewrite.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, false), (rewritten.GetProperty("revision").GetInt32(), rewritten.GetProperty("stale").GetBoolean()));
        Assert.Equal("Medlemstallet gikk opp med 20.", Assert.Single(rewritten.GetProperty("earlier").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Adoption_AtAnAnnualMeetingWithoutTheReportOnItsAgenda_IsRefused()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var body = await app.Register().BodyAsync(W.County, "Årsmøte uten årsmelding", BodyKind.AnnualMeeting);
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = W.County, bodyId = body, title = "Årsmøtet 2028", date = "2028-02-12", startTime = "10:00" }));
        var reportCase = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("title").GetString() == "Årsmelding");
        Assert.Equal(HttpStatusCode.NoContent, (await kari.DeleteAsync($"/api/meetings/{meeting}/cases/{reportCase.GetProperty("id").GetGuid()}?version={reportCase.GetProperty("version").GetInt64()}")).StatusCode);

        var refused = await kari.PostAsJsonAsync("/api/reports/annual/adopt", new { organisationId = W.County, year = 2027, meetingId = meeting });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ingen sak «Årsmelding»", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Adopted_IsFrozen_UntilReopenedWithAReason()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var body = await app.Register().BodyAsync(W.County, "Rapportårsmøtet", BodyKind.AnnualMeeting);
        var meeting = await Created(await kari.PostAsJsonAsync("/api/meetings",
            new { organisationId = W.County, bodyId = body, title = "Årsmøtet 2027", date = "2027-02-13", startTime = "10:00" }));

        var adopted = await kari.PostAsJsonAsync("/api/reports/annual/adopt", new { organisationId = W.County, year = 2026, meetingId = meeting });
        var report = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        var edit = await kari.PutAsJsonAsync("/api/reports/annual/sections", new { organisationId = W.County, year = 2026, kind = "Organisation", text = "Endret." });
        var version = report.GetProperty("version").GetInt64();
        var noReason = await kari.PostAsJsonAsync("/api/reports/annual/reopen", new { organisationId = W.County, year = 2026, version });
        var reopened = await kari.PostAsJsonAsync("/api/reports/annual/reopen", new { organisationId = W.County, year = 2026, reason = "Feil i vervlisten", version });
        var editAfter = await kari.PutAsJsonAsync("/api/reports/annual/sections", new { organisationId = W.County, year = 2026, kind = "Organisation", text = "Rettet." });

        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Equal(("Adopted", "2027-02-13", meeting), (report.GetProperty("state").GetString(), report.GetProperty("adoptedOn").GetString(), report.GetProperty("adoptedAtMeetingId").GetGuid()));
        // Adopted under the annual meeting's own case for it, which the page links to.
        var reportCase = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("title").GetString() == "Årsmelding").GetProperty("id").GetGuid();
        Assert.Equal(reportCase, report.GetProperty("adoptedInCaseId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("vedtatt", await edit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editAfter.StatusCode);
    }

    [Fact]
    public async Task Scope_TheDraftIsForThoseWhoCoverTheOrganisation_AndAnOrganisationOutOfReachIsABadRequest()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var ola = await app.SignedInClientAsync(W.OtherCountyLeaderUser);
        var rolf = await app.SignedInClientAsync(W.RegionContactUser);

        var outOfReach = await ola.GetAsync($"/api/reports/annual?organisationId={W.County}&year=2026");
        var writeOutOfReach = await ola.PutAsJsonAsync("/api/reports/annual/sections", new { organisationId = W.County, year = 2026, kind = "Organisation", text = "Kapret." });
        var empty = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2010");
        var noYear = await kari.GetAsync($"/api/reports/annual?organisationId={W.County}");
        // The region contact reads the county but answers for his region's branches only: the draft is not his to read or write.
        var draftByContact = await rolf.GetAsync($"/api/reports/annual?organisationId={W.County}&year=2024");
        var byContact = await rolf.PutAsJsonAsync("/api/reports/annual/sections", new { organisationId = W.County, year = 2024, kind = "Organisation", text = "Mitt." });
        await Ok(await kari.PostAsJsonAsync("/api/reports/annual/adopt", new { organisationId = W.County, year = 2024, on = "2025-02-01" }));
        var adoptedByContact = await rolf.GetAsync($"/api/reports/annual?organisationId={W.County}&year=2024");

        Assert.Equal(HttpStatusCode.BadRequest, outOfReach.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, writeOutOfReach.StatusCode);
        Assert.Empty(empty.GetProperty("sections").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftByContact.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byContact.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adoptedByContact.StatusCode);
    }

    [Fact]
    public async Task Word_HoldsTheSectionsWithTheirTextFiguresAndTables_AndAContentsWordFillsIn()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await FiguresAsync(kari, 2022, 30, 60);
        await FiguresAsync(kari, 2023, 35, 70);
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2023, kind = "Members", text = "Vi vokste i alle lokallag.\n\nVervekampanjen virket." }));

        var response = await kari.GetAsync($"/api/reports/annual.docx?organisationId={W.County}&year=2023");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Medlemmer", headings);
        Assert.Contains("Vervekampanjen virket.", body.InnerText);
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>(), t => t.InnerText.Contains("Betalende medlemmer per region") || t.InnerText.Contains("Nord"));
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>(), f => f.Text.Contains("TOC"));
        Assert.True(doc.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public async Task Pdf_HoldsTheSameSectionsAndText_AndThePageDrawsTheChartsWithTheirNumbers()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await FiguresAsync(kari, 2020, 20, 40);
        await FiguresAsync(kari, 2021, 25, 45);
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/sections",
            new { organisationId = W.County, year = 2021, kind = "Members", text = "Medlemstallet økte i Åsnes og Ørje." }));

        var response = await kari.GetAsync($"/api/reports/annual.pdf?organisationId={W.County}&year=2021");
        var page = await kari.GetStringAsync($"/rapporter?org={W.County}&ar=2021");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Medlemstallet økte i Åsnes og Ørje.", text);
        Assert.Contains("Medlemmer", text);
        Assert.Contains(pdf.GetPages(), p => p.GetImages().Any());
        Assert.Contains("role=\"img\"", page);
        Assert.Contains("Betalende medlemmer ved årets siste telling", System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains("Tallene bak figuren", page);
    }

    [Fact]
    public async Task BranchReport_SentByItsLeader_IsSeenInTheCountysFollowUp_AndTheTopHasNoneToSendTo()
    {
        var liv = await app.SignedInClientAsync(W.BranchLeaderUser);
        var otto = await app.SignedInClientAsync(W.NoPositionUser);
        var admin = await app.SignedInClientAsync(W.Admin);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var byOutsider = await otto.PostAsJsonAsync("/api/reports/annual/submit", new { organisationId = W.BranchA, year = 2025 });
        var sent = await liv.PostAsJsonAsync("/api/reports/annual/submit", new { organisationId = W.BranchA, year = 2025 });
        var top = await admin.PostAsJsonAsync("/api/reports/annual/submit", new { organisationId = W.National, year = 2025 });
        var branches = await kari.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={W.County}");
        var page = await kari.GetStringAsync($"/lokallag?org={W.County}");

        Assert.Equal(HttpStatusCode.BadRequest, byOutsider.StatusCode);
        await Ok(sent);
        Assert.Equal("Liv Lokalleder", (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submittedBy").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, top.StatusCode);
        var rows = branches.GetProperty("branches").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetGuid());
        Assert.Equal("2026-06-01", rows[W.BranchA].GetProperty("reportSentOn").GetString());
        Assert.Equal(JsonValueKind.Null, rows[W.BranchB].GetProperty("reportSentOn").ValueKind);
        Assert.Contains("årsmelding sendt 1.6.", page);
    }

    [Fact]
    public async Task BranchReport_CountsTheBranchsOwnMembers_NotTheCountys()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        await FiguresAsync(kari, 2018, 41, 99);
        await FiguresAsync(kari, 2019, 43, 98);

        var report = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.BranchA}&year=2019");

        var figures = Section(report, "Members").GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("43", figures["Betalende 31.12.2019"]);
        Assert.Equal("41", figures["Betalende 31.12.2018"]);
    }

    [Fact]
    public async Task Report_WithAPlanWithoutMeasures_ShowsThePlanWithoutAChart()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var imported = await kari.PostAsJsonAsync("/api/plans/import", new
        {
            organisationId = W.County, title = "Arbeidsplan 2017", fromYear = 2017, apply = true,
            text = "Arbeidsplan 2017\n\n1. Organisasjon\n\nFylkeslaget skal støtte lokallaga gjennom hele året.\n\n2. Politikk\n\nVi skal synes i media.",
        });
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var report = await kari.GetAsync($"/api/reports/annual?organisationId={W.County}&year=2017");
        var pdf = await kari.GetAsync($"/api/reports/annual.pdf?organisationId={W.County}&year=2017");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var plan = Section(await report.Content.ReadFromJsonAsync<JsonElement>(), "WorkPlan");
        Assert.Empty(plan.GetProperty("charts").EnumerateArray());
    }

    [Fact]
    public async Task WorkPlan_ShowsEachGoal_WithItsIndicatorAgainstTheTarget_AndItsMeasuresDone()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var plan = await Created(await kari.PostAsJsonAsync("/api/plans", new { organisationId = W.County, title = "Arbeidsplan 2016", kind = "Annual", fromYear = 2016 }));
        var grow = await Created(await kari.PostAsJsonAsync($"/api/plans/{plan}/goals", new
        {
            text = "Flere betalende medlemmer", indicatorName = "Betalende medlemmer", indicatorUnit = "medlemmer", baseline = 1150, baselineOn = "2015-12-31",
            target = 1200, targetOn = "2016-12-31", current = 1210, currentOn = "2016-12-31",
        }));
        var meet = await Created(await kari.PostAsJsonAsync($"/api/plans/{plan}/goals", new
        {
            text = "Godt oppmøte på tirsdagsmøtene", indicatorName = "Deltakere", target = 30, current = 22.5m, currentOn = "2016-11-15",
        }));
        var recruit = await Created(await kari.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = "Vervekampanje", goalIds = new[] { grow } }));
        await Created(await kari.PostAsJsonAsync($"/api/plans/{plan}/measures", new { text = "Vervestand på torget", goalIds = new[] { grow, meet } }));
        var detail = await kari.GetFromJsonAsync<JsonElement>($"/api/measures/{recruit}");
        await Ok(await kari.PostAsJsonAsync($"/api/measures/{recruit}/status", new { status = "Done", on = "2016-10-01", note = "Ferdig.", version = detail.GetProperty("version").GetInt64() }));

        var section = Section(await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2016"), "WorkPlan");

        var figures = section.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(("2", "1"), (figures["Mål"], figures["Mål nådd"]));
        var goals = section.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("caption").GetString() == "Mål og indikatorer").GetProperty("rows")
            .EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!.Replace('\u00a0', ' ').Replace('\u202f', ' ')).ToArray()).ToArray();
        Assert.Equal(["Flere betalende medlemmer", "Betalende medlemmer", "1 150 medlemmer (31.12.2015)", "1 200 medlemmer (31.12.2016)",
            "1 210 medlemmer (31.12.2016)", "1 av 2"], goals[0]);
        Assert.Equal(["Godt oppmøte på tirsdagsmøtene", "Deltakere", "", "30", "22,5 (15.11.2016)", "0 av 1"], goals[1]);
    }

    [Fact]
    public async Task FrontPage_TellsThoseWhoWriteTheReport_WhereItStands()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var otto = await app.SignedInClientAsync(W.NoPositionUser);

        var byKari = await kari.GetStringAsync("/");
        var byOtto = await otto.GetStringAsync("/");

        // The test clock stands in June 2026: the report being written is 2025's.
        Assert.Contains($"/rapporter?org={W.County}&amp;ar=2025", byKari);
        Assert.Contains("Årsmelding 2025", byKari);
        Assert.DoesNotContain("Årsmelding", byOtto);
    }

    private static string? Figure(JsonElement section, string label) =>
        section.GetProperty("figures").EnumerateArray().FirstOrDefault(f => f.GetProperty("label").GetString() == label) is { ValueKind: JsonValueKind.Object } f
            ? f.GetProperty("value").GetString() : null;

    [Fact]
    public async Task StudyAndDatePlan_SayWhatTheYearHeld_AndEachSectionHasLastYearsFigures_OnceLastYearHadAReport()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var material = await Created(await kari.PostAsJsonAsync("/api/study/materials", new { organisationId = W.County, name = "Årsmeldingskurs" }));
        foreach (var (from, to, participants, hours) in new[] { ("2019-02-04", "2019-03-25", 4, 7), ("2020-01-06", "2020-03-23", 6, 9) })
        {
            await Created(await kari.PostAsJsonAsync("/api/study/circles", new { organisationId = W.BranchB, materialId = material, startsOn = from, endsOn = to, participants, hours, leaderName = "År Sen" }));
        }
        await Created(await kari.PostAsJsonAsync("/api/events", new
        {
            organisationId = W.County, kindId = Arbeidsplan.Domain.DatePlan.EventKind.IdOf(Arbeidsplan.Domain.DatePlan.EventKind.BoardMeeting),
            title = "Styremøte i mars", startDate = "2020-03-10", startTime = "18:00", endTime = "20:00",
        }));
        var withoutLastYear = Section(await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2020"), "Study");
        await Ok(await kari.PutAsJsonAsync("/api/reports/annual/sections", new { organisationId = W.County, year = 2019, kind = "Study", text = "Ett kurs.", version = 0 }));

        var report = await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2020");
        var study = Section(report, "Study");
        var datePlan = Section(report, "DatePlan");

        Assert.Equal(("1", "6", "9", "7"), (Figure(study, "Studieringer"), Figure(study, "Deltakere"), Figure(study, "Studietimer"), Figure(study, "Studietimer 2019")));
        Assert.Equal(JsonValueKind.Null, withoutLastYear.GetProperty("lastYear").ValueKind);
        Assert.Equal("7", study.GetProperty("lastYear").GetProperty("Studietimer").GetString());
        Assert.True(int.Parse(Figure(datePlan, "Arrangementer holdt")!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(datePlan.GetProperty("tables").EnumerateArray(), t => t.GetProperty("caption").GetString() == "Arrangementer per måned"
            && t.GetProperty("rows").EnumerateArray().Any(r => r[0].GetString() == "Mars"));
    }

    [Fact]
    public async Task Resolutions_CountsTheYearsResolutionsStatementsAndMedia_WithEachTextsFollowUp()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var resolution = await Created(await kari.PostAsJsonAsync("/api/resolutions",
            new { organisationId = W.County, kind = "Resolution", title = "Ferjer i hele fylket", text = "Tekst.", adoptedOn = "2018-03-01", adoptedBy = "Fylkesårsmøtet" }));
        await Created(await kari.PostAsJsonAsync("/api/resolutions",
            new { organisationId = W.County, kind = "Statement", title = "Sykehus nær folk", text = "Tekst.", adoptedOn = "2018-04-01", adoptedBy = "Fylkesstyret" }));
        await Created(await kari.PostAsJsonAsync("/api/media", new { organisationId = W.County, outlet = "Hamar Arbeiderblad", publishedOn = "2018-03-05", title = "Vil ha ferjer", resolutionId = resolution }));

        var section = Section(await kari.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2018"), "Resolutions");

        Assert.Equal(("1", "1", "1"), (Figure(section, "Resolusjoner"), Figure(section, "Uttalelser"), Figure(section, "Medieoppslag")));
        var rows = section.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Select(r => (r[1].GetString(), r[2].GetString())).ToList();
        Assert.Equal([("Ferjer i hele fylket", "Resolusjon"), ("Sykehus nær folk", "Uttalelse")], rows);
    }
}
