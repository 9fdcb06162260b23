using System.Net;
using Arbeidsplan.Tests.Support;

namespace Arbeidsplan.Tests.Features.Organisations;

/// <summary>A region picker lists the chosen county's regions only; with nothing chosen, every region the user sees, grouped by county.</summary>
public sealed class RegionPickerTests
{
    private static string Picker(string page)
    {
        var start = page.IndexOf("<select id=\"region\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</select>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task NewBranchUnderACounty_AndAPositionInIt_OfferOnlyThatCountysRegions()
    {
        await using var app = new AppFactory();
        var w = await app.Register().WorldAsync();
        await app.Register().RegionAsync(w.OtherCounty, "Vest");
        var admin = await app.SignedInClientAsync(w.Admin);

        var branch = Picker(WebUtility.HtmlDecode(await admin.GetStringAsync($"/organisasjoner/ny?under={w.County}")));
        var position = Picker(WebUtility.HtmlDecode(await admin.GetStringAsync($"/verv/ny?organisasjon={w.BranchA}")));
        var anywhere = Picker(WebUtility.HtmlDecode(await admin.GetStringAsync("/organisasjoner/ny")));

        Assert.Contains(">Nord<", branch);
        Assert.DoesNotContain("Vest", branch);
        Assert.Contains(">Sør<", position);
        Assert.DoesNotContain("Vest", position);
        Assert.Contains("<optgroup label=\"Annetfylke parti\"><option", anywhere);
        Assert.Contains("<optgroup label=\"Testfylke parti\">", anywhere);
    }
}
