using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Tests.Features.Meetings;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Reports;

/// <summary>The annual report's sections on the organisation, the board's work and the affiliates, each from its own data.</summary>
public sealed class ReportSectionsApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private async Task<JsonElement> SectionAsync(HttpClient client, string kind) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/reports/annual?organisationId={W.County}&year=2026")).GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == kind);

    private static string? Figure(JsonElement section, string label) =>
        section.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("label").GetString() == label).GetProperty("value").GetString();

    private static List<string[]> Rows(JsonElement section, int table = 0) =>
        [.. section.GetProperty("tables")[table].GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray())];

    [Fact]
    public async Task Organisation_ListsTheOfficesHeldInTheYear_WithWhereAndWhen()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var section = await SectionAsync(kari, "Organisation");

        var rows = Rows(section);
        Assert.Contains(rows, r => r[0] == "Leder" && r[1] == "Kari Fylkesleder" && r[2] == "Testfylke parti" && r[3].StartsWith("15.2.2026", StringComparison.Ordinal));
        Assert.Equal($"{rows.Count}", Figure(section, "Verv ved årets slutt"));
    }

    [Fact]
    public async Task BoardWork_CountsTheMeetingsHeld_TheirCases_AndTheAttendance()
    {
        var c = await Committee.CreateAsync(app, "Årsstyret");
        var secretary = await c.ClientAsync(app, "sekretær", c.Secretary);
        var meeting = await Committee.MeetingAsync(app, secretary, c.Body, "Styremøte i mai", "2026-05-20");
        var item = await Created(await secretary.PostAsJsonAsync($"/api/meetings/{meeting}/cases", new { kind = "Decision", title = "Budsjett", proposedDecision = "Vedtas." }));
        await Ok(await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/present", new { present = new[] { c.Leader, c.Secretary, c.Member }, version = await app.MinutesVersionAsync(meeting) }));
        await Ok(await secretary.PutAsJsonAsync($"/api/meetings/{meeting}/minutes/cases/{item}", new { decision = "Budsjettet vedtas.", vote = "Unanimous", version = await app.VersionAsync(item) }));
        foreach (var (who, person) in new[] { ("medlem", c.Member), ("leder", c.Leader) })
        {
            var signer = await c.ClientAsync(app, who, person);
            await Ok(await signer.PostAsJsonAsync($"/api/meetings/{meeting}/minutes/approve", new { version = await app.MinutesVersionAsync(meeting) }));
        }
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        // The body's standard items (approval of the agenda and of the last minutes …) are cases of the meeting too.
        var cases = (await kari.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("cases").GetArrayLength();

        var section = await SectionAsync(kari, "BoardWork");

        var row = Assert.Single(Rows(section), r => r[0] == "Årsstyret");
        Assert.Equal(("1", $"{cases}"), (row[1], row[2]));
        Assert.EndsWith("%", row[3], StringComparison.Ordinal);
        Assert.True(int.Parse(Figure(section, "Møter holdt")!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task Affiliates_SaysWhereEachAffiliatesOwnReportStands()
    {
        await app.Register().OrganisationAsync("Testfylke Ungdom", OrganisationKind.Affiliate, W.County);
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);

        var section = await SectionAsync(kari, "Affiliates");

        Assert.Equal(("1", "0"), (Figure(section, "Sideorganisasjoner"), Figure(section, "Årsmelding levert")));
        Assert.Equal([["Testfylke Ungdom", "Ikke levert"]], Rows(section));
    }
}
