using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Elections;

/// <summary>The election rules as data: read by all, kept by administrators, used by the next election and the next list check.</summary>
public sealed partial class ElectionRuleApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static JsonElement Default(JsonElement view, string kind) => view.GetProperty("stepDefaults").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    /// <summary>A local election's band for a municipal council up to the size given.</summary>
    private static JsonElement Band(JsonElement view, int upTo) => view.GetProperty("listBands").EnumerateArray().Single(b => b.GetProperty("kind").GetString() == "Local"
        && !b.GetProperty("countyList").GetBoolean() && b.GetProperty("upToSeats").ValueKind == JsonValueKind.Number && b.GetProperty("upToSeats").GetInt32() == upTo);

    [Fact]
    public async Task Administrator_MovesTheTopCandidatesDefault_TheNextElectionStartsThere_AndTheSmallCouncilsBandIsChanged()
    {
        var admin = await app.BearerClientAsync(W.Admin);
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var rules = await kari.GetFromJsonAsync<JsonElement>("/api/elections/rules");
        var top = Default(rules, "TopCandidateChosen");
        var small = Band(rules, 23);

        var saved = await admin.PutAsJsonAsync("/api/elections/rules", new
        {
            stepDefaults = new[] { new { kind = "TopCandidateChosen", yearsBefore = 1, month = 11, day = 30, version = top.GetProperty("version").GetInt64() } },
            listBands = new[] { new { id = small.GetProperty("id").GetInt32(), minNames = 8, minFromSeats = false, extraNames = 6, maxCumulated = 4, version = small.GetProperty("version").GetInt64() } },
        });
        var election = await Created(await kari.PostAsJsonAsync("/api/elections", new { organisationId = W.County, kind = "Local", day = "2031-09-08", name = "Regelvalg 2031" }));
        var made = await kari.GetFromJsonAsync<JsonElement>($"/api/elections/{election}");
        var after = await kari.GetFromJsonAsync<JsonElement>("/api/elections/rules");

        Assert.False(rules.GetProperty("canEdit").GetBoolean());
        Assert.Equal((1, 12, 31), (top.GetProperty("yearsBefore").GetInt32(), top.GetProperty("month").GetInt32(), top.GetProperty("day").GetInt32()));
        Assert.Equal((7, 4), (small.GetProperty("minNames").GetInt32(), small.GetProperty("maxCumulated").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("2030-11-30", made.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "TopCandidateChosen").GetProperty("on").GetString());
        Assert.Equal(8, Band(after, 23).GetProperty("minNames").GetInt32());
        Assert.Equal(7, Band(after, 53).GetProperty("minNames").GetInt32());
    }

    [Fact]
    public async Task BadInput_ADayThatIsNone_AStaleVersion_AndSomeoneNotAnAdministrator_AreRefused_AndNothingIsSaved()
    {
        var admin = await app.BearerClientAsync(W.Admin);
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var before = await app.WithDbAsync(db => db.StepDefaults.AsNoTracking().OrderBy(d => d.Kind).Select(d => new { d.Kind, d.YearsBefore, d.Month, d.Day, d.Version }).ToListAsync());
        var filed = before.Single(d => d.Kind == Arbeidsplan.Domain.Elections.NominationStepKind.ListFiled);
        var adopted = before.Single(d => d.Kind == Arbeidsplan.Domain.Elections.NominationStepKind.ListAdopted);

        var none = await admin.PutAsJsonAsync("/api/elections/rules", new
        {
            stepDefaults = new object[]
            {
                new { kind = "ListAdopted", yearsBefore = 0, month = 2, day = 20, version = adopted.Version },
                new { kind = "ListFiled", yearsBefore = 0, month = 4, day = 31, version = filed.Version },
            },
        });
        var stale = await admin.PutAsJsonAsync("/api/elections/rules", new { stepDefaults = new[] { new { kind = "ListFiled", yearsBefore = 0, month = 3, day = 30, version = filed.Version + 5 } } });
        var notAdmin = await kari.PutAsJsonAsync("/api/elections/rules", new { stepDefaults = new[] { new { kind = "ListFiled", yearsBefore = 0, month = 3, day = 30, version = filed.Version } } });

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("31.4. er ingen dato", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.StepDefaults.AsNoTracking().OrderBy(d => d.Kind).Select(d => new { d.Kind, d.YearsBefore, d.Month, d.Day, d.Version }).ToListAsync()));
    }

    [Fact]
    public async Task RulesPage_PostedByACountyLeader_IsRefusedByTheUseCase_AndNothingIsSaved()
    {
        var kari = await app.SignedInClientAsync(W.CountyLeaderUser);
        var page = await kari.GetStringAsync("/valg/regler");
        // The page has other forms (signing out) with their own token: the last hidden field of a name is the rules form's.
        var fields = HiddenInput().Matches(page).GroupBy(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => System.Net.WebUtility.HtmlDecode(g.Last().Groups["value"].Value));
        var defaults = await app.WithDbAsync(db => db.StepDefaults.AsNoTracking().ToListAsync());
        var bands = await app.WithDbAsync(db => db.ListRuleBands.AsNoTracking().ToListAsync());
        // What the administrator's form would send, every row at the version read, with the survey moved to 5 November.
        foreach (var d in defaults)
        {
            (fields[$"step-{d.Kind}-year"], fields[$"step-{d.Kind}-month"], fields[$"step-{d.Kind}-day"], fields[$"step-{d.Kind}-version"]) =
                (d.YearsBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (d.Kind == Arbeidsplan.Domain.Elections.NominationStepKind.SurveySent ? 5 : d.Day).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    d.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var b in bands)
        {
            (fields[$"band-{b.Id}-min"], fields[$"band-{b.Id}-extra"], fields[$"band-{b.Id}-cumulated"], fields[$"band-{b.Id}-version"]) = ($"{b.MinNames}", $"{b.ExtraNames}", $"{b.MaxCumulated}", $"{b.Version}");
        }
        fields["_handler"] = "election-rules";

        var posted = await kari.PostAsync("/valg/regler", new FormUrlEncodedContent(fields));

        Assert.Contains("Bare administratorer endrer valgreglene.", System.Net.WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));
        var after = await app.WithDbAsync(db => db.StepDefaults.AsNoTracking().ToListAsync());
        Assert.Equal(defaults.OrderBy(d => d.Kind).Select(d => (d.Kind, d.Day)), after.OrderBy(d => d.Kind).Select(d => (d.Kind, d.Day)));
    }

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"|<input[^>]*name="(?<name>[^"]+)"[^>]*type="hidden"[^>]*value="(?<value>[^"]*)""")]
    private static partial Regex HiddenInput();
}
