using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Tests.Support;
using NodaTime;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Data;

/// <summary>
/// The scorecard's one per-branch query on each provider: positions held and lapsed, open and closed flags joined as text,
/// the required circle's earliest end, the latest contact and the checks.
/// </summary>
public abstract class ScorecardDataTests(Provider provider) : IDisposable
{
    private readonly AppFactory app = new(provider);

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Scorecard_ReadsEveryDimensionInOneQuery()
    {
        var w = await app.Register().WorldAsync();
        var lapsed = await app.Register().PersonAsync("Tidligere leder", w.BranchB);
        await app.Register().PositionAsync(lapsed, w.Leader, w.BranchB, term: new Term(new LocalDate(2024, 2, 1), new LocalDate(2026, 1, 31)));
        var county = await app.SignedInClientAsync(w.CountyLeaderUser);
        var material = await Created(await county.PostAsJsonAsync("/api/study/materials", new { organisationId = w.County, name = "Hvem skal lede", kind = "Circle" }));
        await Created(await county.PostAsJsonAsync("/api/study/requirements",
            new { organisationId = w.County, name = "Hvem skal lede innen 1. juli", kind = "CompleteMaterial", year = 2026, materialId = material, dueOn = "2026-07-01" }));
        await Circle(county, w.BranchA, material, "2026-03-01", "2026-04-30");
        await Circle(county, w.BranchA, material, "2026-02-01", "2026-03-15");
        await Circle(county, w.BranchB, material, "2026-05-01", "2026-06-20");
        await Created(await county.PostAsJsonAsync($"/api/branches/{w.BranchB}/flags", new { reasons = new[] { "Recruitment", "Finances" }, note = "Få nye." }));
        await Created(await county.PostAsJsonAsync($"/api/branches/{w.BranchB}/flags", new { reasons = new[] { "SocialMedia" }, note = "Stille på nett." }));
        var closed = await Created(await county.PostAsJsonAsync($"/api/branches/{w.BranchC}/flags", new { reasons = new[] { "MemberCare" }, note = "Løst." }));
        var version = (await county.GetFromJsonAsync<JsonElement>($"/api/branches/{w.BranchC}")).GetProperty("flags")[0].GetProperty("version").GetInt64();
        await Ok(await county.PostAsJsonAsync($"/api/flags/{closed}/close", new { note = "Ordnet.", version }));
        await Created(await county.PostAsJsonAsync($"/api/branches/{w.BranchA}/contacts", new { on = "2026-03-01", channel = "Phone", note = "Først." }));
        await Created(await county.PostAsJsonAsync($"/api/branches/{w.BranchA}/contacts", new { on = "2026-05-20", channel = "Meeting", note = "Sist." }));
        await Ok(await county.PutAsJsonAsync($"/api/branches/{w.BranchA}/checks", new { websiteCheckedOn = "2026-05-01", socialMediaCheckedOn = "2026-05-02" }));

        var card = await county.GetFromJsonAsync<JsonElement>($"/api/branches/scorecard?organisationId={w.County}");

        var rows = card.GetProperty("branches").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        var (a, b, c) = (rows["Alfa lokallag"], rows["Beta lokallag"], rows["Gamma lokallag"]);
        Assert.Equal((0, "Done", "2026-03-15"), (a.GetProperty("emptyPositions").GetArrayLength(), a.GetProperty("requiredCircle").GetString(), a.GetProperty("requiredCircleDone").GetString()));
        Assert.Equal(("2026-05-20", "2026-05-01", "2026-05-02"), (a.GetProperty("lastContact").GetString(), a.GetProperty("websiteCheckedOn").GetString(), a.GetProperty("socialMediaCheckedOn").GetString()));
        Assert.Equal(["Leder"], b.GetProperty("emptyPositions").EnumerateArray().Select(p => p.GetString()).ToList());
        Assert.Equal((2, "verving, økonomi, sosiale medier", "Pending"), (b.GetProperty("openFlags").GetInt32(), b.GetProperty("flagReasons").GetString(), b.GetProperty("requiredCircle").GetString()));
        Assert.Equal((0, JsonValueKind.Null), (c.GetProperty("openFlags").GetInt32(), c.GetProperty("flagReasons").ValueKind));
        Assert.Equal("Hvem skal lede innen 1. juli", card.GetProperty("requiredCircleName").GetString());
    }

    private static async Task Circle(HttpClient client, Guid org, Guid material, string from, string to) =>
        await Created(await client.PostAsJsonAsync("/api/study/circles",
            new { organisationId = org, materialId = material, startsOn = from, endsOn = to, participants = 6, hours = 8, leaderName = "Siri" }));
}

public sealed class SqliteScorecardDataTests() : ScorecardDataTests(Provider.Sqlite);

public sealed class PostgresScorecardDataTests() : ScorecardDataTests(Provider.Postgres);
