using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Positions;

/// <summary>The appointment page's list of people is searched, never cut short in silence.</summary>
public sealed class PositionPageTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task AppointPage_SearchFindsThePerson_AndOnlyThose()
    {
        var client = await app.SignedInClientAsync(app.World.CountyLeaderUser);

        var all = await client.GetStringAsync($"/verv/ny?organisasjon={app.World.County}");
        var found = await client.GetStringAsync($"/verv/ny?organisasjon={app.World.County}&sok=rolf");

        Assert.Contains("Kari Fylkesleder (Testfylke parti)", all, StringComparison.Ordinal);
        Assert.Contains("Rolf Regionkontakt", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Kari Fylkesleder (", found, StringComparison.Ordinal);
    }
}
