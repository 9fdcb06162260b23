using Arbeidsplan.Domain.Reports;
using Arbeidsplan.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Arbeidsplan.Tests.Documents;

/// <summary>One paper written as Word and as PDF, each read back: the same text, tables across pages, images, contents.</summary>
public sealed class PaperTests
{
    private static readonly ReportChart Chart = new("Studietimer per år", ChartKind.Bars, ["2024", "2025"], [new ChartSeries("Studietimer", [120, 202])]);

    private static Paper Long()
    {
        var paper = new Paper().Named("Årsmelding 2026 · Østre Æsøy Senterlag").Title("Årsmelding 2026").Text("Østre Æsøy Senterlag «prøve»", bold: true)
            .TableOfContents().PageBreak().Heading("Arbeidsplanen").Text("Første avsnitt med æ, ø og å.\nNy linje i samme avsnitt.");
        paper.Table("Tiltakene", ["Tiltak", "Status", "Siste merknad"],
            Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"Tiltak nummer {i} med en tekst som er lang nok til å brytes over flere linjer i cellen sin", "Gjennomført", $"Merknad {i}"]));
        return paper.Heading("Studiearbeid").Image(ChartImage.Png(Chart)).Heading("Underdel", 2).Text(new string('x', 400));
    }

    [Fact]
    public void Pdf_CarriesTheTextInNorwegianLetters_BreaksTheTableAcrossPagesWithItsHeader_AndNumbersTheContents()
    {
        using var pdf = PdfDocument.Open(Long().Pdf());
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();

        Assert.True(pages.Count >= 4);
        Assert.Contains("Østre Æsøy Senterlag «prøve»", pages[0]);
        var tablePages = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("Tiltak nummer")).ToList();
        Assert.True(tablePages.Count >= 2);
        Assert.All(tablePages, p => Assert.Contains("Tiltak Status Siste merknad", p.text));
        Assert.Contains("Tiltak nummer 120", string.Join(" ", pages));
        // The contents give the page each heading is on.
        var studyPage = pages.FindIndex(p => p.Contains("Studiearbeid") && !p.Contains("Innhold"));
        Assert.Contains($"Studiearbeid {studyPage + 1}", pages[0]);
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.Contains($"Side {p.i + 1} av {pages.Count}", p.text));
        Assert.Equal("Årsmelding 2026 · Østre Æsøy Senterlag", pdf.Information.Title);
        Assert.Contains(pdf.GetPages(), p => p.GetImages().Any());
        Assert.Contains(new string('x', 60), string.Join(" ", pages));
    }

    [Fact]
    public void Docx_HoldsTheSameContent_WithTheChartAsAPictureDescribedInWords()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Long().Docx()), false);
        var body = doc.MainDocumentPart!.Document.Body!;

        Assert.Contains("Østre Æsøy Senterlag «prøve»", body.InnerText);
        Assert.Equal(121, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
        Assert.Single(doc.MainDocumentPart.ImageParts);
        var picture = Assert.Single(body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.Equal("Studietimer per år: 2024 120; 2025 202", picture.Description!.Value);
        Assert.Equal("Årsmelding 2026 · Østre Æsøy Senterlag", doc.PackageProperties.Title);
    }

    [Fact]
    public void ChartImage_IsAPngOfItsOwnSize()
    {
        var image = ChartImage.Png(Chart, 800, 400);

        Assert.True(PaperImages.IsPng(image.Bytes));
        Assert.Equal((800, 400), PaperImages.Size(image.Bytes));
    }

    [Fact]
    public void PaperImages_ReadsPngAndJpegSizes_AndRefusesAnythingElse()
    {
        var png = ChartImage.Png(Chart, 320, 200).Bytes;
        // A minimal JPEG header: start of image, an APP0 segment, then a baseline frame of 48 × 30.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x1E, 0x00, 0x30, 0x03, 0x01, 0x22, 0x00];

        Assert.Equal((320, 200), PaperImages.Size(png));
        Assert.Equal((48, 30), PaperImages.Size(jpeg));
        Assert.Null(PaperImages.Size("GIF89a and more bytes than that"u8.ToArray()));
        Assert.Null(PaperImages.Of([0xFF, 0xD8, 0xFF, 0xD9, 0, 0, 0, 0, 0, 0, 0], "tom", 5));
    }
}
