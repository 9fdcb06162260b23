using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Tests.Support;
using MiniExcelLibs;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Branches;

public sealed class ScorecardApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private const string Register = """
        Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn
        1;Alfa lokallag;01.03.2019;{0};1980;K
        2;Alfa lokallag;01.03.2019;{0};2001;M
        3;Beta lokallag;01.01.2000;{0};1950;M
        4;Gamma lokallag;01.01.2010;{0};1970;K
        """;

    private World W => app.World;

    [Fact]
    public async Task Scorecard_JudgesEachBranch_SortsTheWeakestFirst_FiltersByRegion_AndExportsToExcel()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2025-12-31", text = string.Format(CultureInfo.InvariantCulture, Register, 2025), apply = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-05-31", text = string.Format(CultureInfo.InvariantCulture, Register, 2026), apply = true })).StatusCode);
        await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.BranchA, kindId = EventKind.IdOf(EventKind.AnnualMeeting), title = "Årsmøte", startDate = "2026-01-20" }));
        var meeting = await Created(await client.PostAsJsonAsync("/api/events", new { organisationId = W.County, kindId = EventKind.IdOf(EventKind.RegionMeeting), title = "Regionmøte Nord", startDate = "2026-03-10" }));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/branches/{W.BranchA}/region-meetings", new { eventId = meeting })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/branches/{W.BranchA}/checks", new { websiteCheckedOn = "2026-05-01", socialMediaCheckedOn = "2026-05-02" })).StatusCode);
        await Created(await client.PostAsJsonAsync($"/api/branches/{W.BranchA}/contacts", new { on = "2026-05-20", channel = "Phone", note = "Alt vel." }));

        var card = await client.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={W.County}&sort=svakest");

        var rows = card.GetProperty("branches").EnumerateArray().ToList();
        var alfa = rows.Single(r => r.GetProperty("name").GetString() == "Alfa lokallag");
        var lights = alfa.GetProperty("lights");
        Assert.Equal(("Green", "Yellow", "Green", "Green", "Green"), (lights.GetProperty("annualMeeting").GetString(), lights.GetProperty("regionMeetings").GetString(),
            lights.GetProperty("website").GetString(), lights.GetProperty("contact").GetString(), lights.GetProperty("board").GetString()));
        Assert.Equal(("2026-01-20", 2, 1), (alfa.GetProperty("annualMeeting").GetString(), alfa.GetProperty("paying").GetInt32(), alfa.GetProperty("regionMeetings").GetInt32()));
        Assert.Equal("Alfa lokallag", rows[^1].GetProperty("name").GetString());
        Assert.Equal(["Leder"], rows[0].GetProperty("emptyPositions").EnumerateArray().Select(p => p.GetString()).ToList());
        Assert.Equal("Red", rows[0].GetProperty("lights").GetProperty("annualMeeting").GetString());
        Assert.Equal(4, card.GetProperty("total").GetProperty("paying").GetInt32());
        Assert.Equal(4, card.GetProperty("total").GetProperty("lastYearEnd").GetInt32());
        Assert.Equal(["Nord", "Sør"], card.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());

        var south = await client.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={W.County}&regionId={W.South}");
        Assert.Equal(["Gamma lokallag"], south.GetProperty("branches").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());

        var xlsx = await client.GetAsync($"/api/branches/scorecard.xlsx?organisationId={W.County}");
        var sheet = (await xlsx.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Alfa lokallag", sheet[0]["Lokallag"]);
        Assert.Equal("gult", sheet[0]["Lys: regionmøter"]);
        Assert.Equal("Sum Testfylke parti", sheet[^1]["Lokallag"]);
    }

    [Fact]
    public async Task Settings_ChangeTheThresholds_AndRefuseYellowShorterThanGreen()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/branches/settings?organisationId={W.County}");
        var settings = view.GetProperty("settings");
        Assert.Equal(90, settings.GetProperty("contactGreenDays").GetInt32());
        var leader = settings.GetProperty("requiredPositionTypeIds")[0].GetGuid();

        var bad = await client.PutAsJsonAsync("/api/branches/settings", Settings(contactGreen: 90, contactYellow: 30, leader, version: 0));
        var saved = await client.PutAsJsonAsync("/api/branches/settings", Settings(contactGreen: 400, contactYellow: 500, leader, version: 0));
        var stale = await client.PutAsJsonAsync("/api/branches/settings", Settings(contactGreen: 400, contactYellow: 500, leader, version: 0));
        await Created(await client.PostAsJsonAsync($"/api/branches/{W.BranchB}/contacts", new { on = "2025-09-01", channel = "Phone", note = "Lenge siden." }));
        var beta = (await client.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={W.County}"))!.Single(r => r.GetProperty("name").GetString() == "Beta lokallag");

        Assert.Contains("Grensen for gult kan ikke være kortere enn grensen for grønt.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Green", beta.GetProperty("lights").GetProperty("contact").GetString());
        var contact = await app.SignedInClientAsync(W.RegionContactUser);
        Assert.Equal(HttpStatusCode.BadRequest, (await contact.PutAsJsonAsync("/api/branches/settings", Settings(90, 180, leader, 1))).StatusCode);
    }

    private object Settings(int contactGreen, int contactYellow, Guid leader, long version) => new
    {
        organisationId = W.County, membersYellowPercent = 95, studyYellowPercent = 50, contactGreenDays = contactGreen, contactYellowDays = contactYellow,
        checkGreenDays = 180, checkYellowDays = 365, regionMeetingsGreen = 2, annualMeetingByMonth = 3, requiredPositionTypeIds = new[] { leader },
        memberListPositionTypeIds = new[] { leader }, keepMemberNames = false, version,
    };
}
