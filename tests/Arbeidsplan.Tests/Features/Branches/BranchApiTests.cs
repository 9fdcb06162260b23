using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Branches;

public sealed class BranchApiTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task RegionContact_LogsACallAndFlagsTheirBranch_ButNotAnotherRegions()
    {
        var contact = await app.SignedInClientAsync(W.RegionContactUser);
        var list = await contact.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={W.County}");
        Assert.Equal(["Alfa lokallag", "Beta lokallag"], list!.Select(b => b.GetProperty("name").GetString()).ToList());

        await Created(await contact.PostAsJsonAsync($"/api/branches/{W.BranchA}/contacts", new { on = "2026-05-20", channel = "Phone", note = "Ringte lederen om årsmøtet." }));
        var flag = await Created(await contact.PostAsJsonAsync($"/api/branches/{W.BranchA}/flags",
            new { reasons = new[] { "Recruitment", "SocialMedia" }, note = "Ingen nye medlemmer i år.", assignedBodyId = W.Board }));
        Assert.Equal(HttpStatusCode.NotFound, (await contact.PostAsJsonAsync($"/api/branches/{W.BranchC}/contacts", new { channel = "Phone", note = "Utenfor regionen." })).StatusCode);

        var row = (await contact.GetFromJsonAsync<JsonElement[]>($"/api/branches?organisationId={W.County}"))!.Single(b => b.GetProperty("name").GetString() == "Alfa lokallag");
        Assert.Equal("2026-05-20", row.GetProperty("lastContact").GetString());
        Assert.Equal("verving, sosiale medier", row.GetProperty("flagReasons").GetString());

        var detail = await contact.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchA}");
        // The contact log names the person who called, not her sign-in address.
        Assert.Equal("Rolf Regionkontakt", detail.GetProperty("contacts").GetProperty("items")[0].GetProperty("by").GetString());
        var version = detail.GetProperty("flags")[0].GetProperty("version").GetInt64();
        Assert.Equal("Fylkesstyret", detail.GetProperty("flags")[0].GetProperty("assignedTo").GetString());
        Assert.Equal(HttpStatusCode.OK, (await contact.PostAsJsonAsync($"/api/flags/{flag}/close", new { note = "Vervekveld holdt; tre nye.", version })).StatusCode);
        var again = await contact.PostAsJsonAsync($"/api/flags/{flag}/close", new { note = "Igjen", version });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Flagget er allerede lukket.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Flag_WithoutAReason_AndAContactWithoutANote_AreRefusedInNorwegian()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);

        var flag = await client.PostAsJsonAsync($"/api/branches/{W.BranchB}/flags", new { reasons = Array.Empty<string>(), note = "Noe" });
        var contact = await client.PostAsJsonAsync($"/api/branches/{W.BranchB}/contacts", new { channel = "Meeting", note = "" });
        var future = await client.PostAsJsonAsync($"/api/branches/{W.BranchB}/contacts", new { on = "2030-01-01", channel = "Meeting", note = "Fram i tid" });

        Assert.Contains("Velg minst én grunn", await flag.Content.ReadAsStringAsync());
        Assert.Contains("Notat må fylles ut.", await contact.Content.ReadAsStringAsync());
        Assert.Contains("fram i tid", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(W.NoPositionUser)).GetAsync($"/api/branches/{W.BranchB}")).StatusCode);
    }

    [Fact]
    public async Task ContactLog_IsPagedNewestFirst_AndEveryOpenFlagShows()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        for (var day = 1; day <= 27; day++)
        {
            await Created(await client.PostAsJsonAsync($"/api/branches/{W.BranchC}/contacts",
                new { on = $"2026-04-{day:D2}", channel = "Phone", note = $"Samtale {day}" }));
        }

        var first = (await client.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchC}")).GetProperty("contacts");
        var second = (await client.GetFromJsonAsync<JsonElement>($"/api/branches/{W.BranchC}?contactPage=2")).GetProperty("contacts");

        Assert.Equal(27, first.GetProperty("total").GetInt32());
        Assert.Equal("Samtale 27", first.GetProperty("items")[0].GetProperty("note").GetString());
        Assert.Equal(["Samtale 2", "Samtale 1"], second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("note").GetString()));
    }
}
