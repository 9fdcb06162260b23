using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Tests.Support;
using static Arbeidsplan.Tests.Support.ApiResponses;

namespace Arbeidsplan.Tests.Features.Organisations;

/// <summary>The organisation's logo: set by those who cover it, checked by content and size, printed on its reports' covers.</summary>
public sealed class OrganisationLogoTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    private static readonly byte[] Logo = ChartImage.Png(new ReportChart("Logo", ChartKind.Bars, ["a"], [new ChartSeries("a", [1])]), 300, 120).Bytes;

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid organisation, string name, byte[] content) =>
        client.PutAsync($"/api/organisations/{organisation}/logo", new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } });

    private static async Task<string> FileErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("File")[0].GetString()!;
    }

    [Fact]
    public async Task Logo_SetByTheCountyLeader_IsReadBack_AndPrintedOnTheReportsCover()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);

        await Ok(await UploadAsync(kari, W.County, "logo.png", Logo));
        var read = await kari.GetAsync($"/api/organisations/{W.County}/logo");
        var pdf = await kari.GetByteArrayAsync($"/api/reports/annual.pdf?organisationId={W.County}&year=2026");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(await kari.GetByteArrayAsync($"/api/reports/annual.docx?organisationId={W.County}&year=2026")), false);

        Assert.Equal("image/png", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Logo, await read.Content.ReadAsByteArrayAsync());
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.NotEmpty(document.GetPage(1).GetImages());
        Assert.Contains(word.MainDocumentPart!.ImageParts, p => { using var s = p.GetStream(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray().SequenceEqual(Logo); });
    }

    [Fact]
    public async Task Logo_ThatIsNoImage_OrTooLarge_IsRefusedWithTheReason()
    {
        var kari = await app.BearerClientAsync(W.CountyLeaderUser);
        var big = new byte[300 * 1024];
        Logo.CopyTo(big, 0);

        Assert.Contains("PNG- eller JPEG", await FileErrorAsync(await UploadAsync(kari, W.County, "logo.png", "<svg onload=alert(1)>"u8.ToArray())));
        Assert.Contains("kB", await FileErrorAsync(await UploadAsync(kari, W.County, "logo.png", big)));
        // A PNG header the size reader accepts, over data the PDF writer cannot place: refused at upload, not in every report after.
        byte[] broken = [.. Logo.Take(33), .. new byte[64]];
        Assert.Contains("kan ikke skrives ut i PDF", await FileErrorAsync(await UploadAsync(kari, W.County, "logo.png", broken)));
    }

    [Fact]
    public async Task Logo_OfAnOrganisationAbove_CannotBeSetFromABranch()
    {
        var liv = await app.BearerClientAsync(W.BranchLeaderUser);

        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(liv, W.County, "logo.png", Logo)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liv.DeleteAsync($"/api/organisations/{W.County}/logo")).StatusCode);
        await Ok(await UploadAsync(liv, W.BranchA, "logo.png", Logo));
        var own = await liv.GetFromJsonAsync<JsonElement>("/api/me/personal-data");

        var reports = own.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "Rapporter").GetProperty("records");
        Assert.Contains(reports.EnumerateArray(), r => r.GetProperty("what").GetString() == "Lastet opp logo"
            && r.GetProperty("values").GetProperty("Organisasjon").GetString() == "Alfa lokallag");
    }
}
