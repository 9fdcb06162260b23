using System.Net;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>Every date field says how a date is written: a placeholder, and the layout's hint as its description.</summary>
public sealed class DateInputTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Theory]
    [InlineData("/datoplan/hendelse/ny")]
    [InlineData("/medlemmer")]
    public async Task DateFields_PointToTheFormatHint_WhichTheLayoutHolds(string path)
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"{path}?org={app.World.County}"));

        var fields = System.Text.RegularExpressions.Regex.Matches(page, "<input[^>]*type=\"date\"[^>]*>");
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Contains("datoformat", f.Value));
        Assert.All(fields, f => Assert.Contains("placeholder=\"dd.mm.åååå\"", f.Value));
        Assert.Contains("id=\"datoformat\" hidden>Skriv datoen som dd.mm.åååå", page);
    }
}
