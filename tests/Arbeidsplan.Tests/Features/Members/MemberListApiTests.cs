using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Features.Members;

public sealed class MemberListApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private const string Export = """
        Medlemsnummer;Navn;Mobil;Lokallag;Innmeldt;Betalt for år
        1;Anne Betalt;90000001;Alfa lokallag;01.03.2019;2026
        2;Bjørn Ubetalt;90000002;Alfa lokallag;01.03.2019;2025
        3;Cecilie Ny;90000003;Alfa lokallag;01.03.2026;2026
        4;Dag Beta;90000004;Beta lokallag;01.03.2019;2025
        """;

    private World W => app.World;

    [Fact]
    public async Task BranchLeader_SeesUnpaidAndNewMembers_NamesOnlyWhenKept_AndNoOneElseSeesThem()
    {
        var county = await app.SignedInClientAsync(W.CountyLeaderUser);
        var leader = await app.SignedInClientAsync(W.BranchLeaderUser);
        await Import(county);

        var lists = await leader.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}/member-lists");
        Assert.Equal(["2"], Numbers(lists, "unpaid"));
        Assert.Equal(["3"], Numbers(lists, "new"));
        Assert.False(lists.GetProperty("namesKept").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lists.GetProperty("unpaid")[0].GetProperty("name").ValueKind);
        Assert.Equal(0, await app.WithDbAsync(db => db.MemberContacts.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/branches/{W.BranchA}/member-lists")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(W.RegionContactUser)).GetAsync($"/api/branches/{W.BranchA}/member-lists")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/branches/{W.BranchB}/member-lists")).StatusCode);

        var settings = (await county.GetFromJsonAsync<JsonElement>($"/api/branches/settings?organisationId={W.County}")).GetProperty("settings");
        var keep = JsonSerializer.Deserialize<Dictionary<string, object>>(settings.GetRawText())!;
        keep["keepMemberNames"] = true;
        Assert.Equal(HttpStatusCode.OK, (await county.PutAsJsonAsync("/api/branches/settings", keep)).StatusCode);
        await Import(county);
        var named = await leader.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}/member-lists");
        Assert.Equal("Bjørn Ubetalt", named.GetProperty("unpaid")[0].GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/branches/{W.BranchA}/member-lists/marks", new { memberNumber = "2", list = "Unpaid" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"/api/branches/{W.BranchA}/member-lists/marks", new { memberNumber = "1", list = "Unpaid" })).StatusCode);
        var marked = await leader.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}/member-lists");
        Assert.Equal("2026-06-01", marked.GetProperty("unpaid")[0].GetProperty("doneOn").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "FollowUpMark")));

        keep["keepMemberNames"] = false;
        keep["version"] = 1;
        Assert.Equal(HttpStatusCode.OK, (await county.PutAsJsonAsync("/api/branches/settings", keep)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MemberContacts.CountAsync()));
    }

    private async Task Import(HttpClient county) =>
        Assert.Equal(HttpStatusCode.Created, (await county.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-05-31", text = Export, apply = true })).StatusCode);

    private static List<string?> Numbers(JsonElement lists, string list) => lists.GetProperty(list).EnumerateArray().Select(m => m.GetProperty("memberNumber").GetString()).ToList();
}
