using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Arbeidsplan.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>Inputs built to stall the server are refused quickly, with a message beside the file, and nothing is saved.</summary>
public sealed class BoundedInputTests(WorldApp app) : IClassFixture<WorldApp>
{
    private World W => app.World;

    [Fact]
    public async Task PlanText_OverTheLimit_IsRefusedBeforeItIsParsed()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        var text = new StringBuilder("# Arbeidsplan 2026\n");
        while (text.Length <= 1_000_000)
        {
            text.Append("• Tiltak som gjentas for å lage en altfor lang plan\n");
        }

        var response = await client.PostAsJsonAsync("/api/plans/import", new { organisationId = W.County, text = text.ToString(), apply = true });

        await AssertFileProblem(response, "Text", "for lang");
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Plans)));
    }

    [Fact]
    public async Task WordFile_WithTablesNestedTooDeep_IsRefused()
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);

        var response = await client.PostAsync("/api/plans/import/file", Upload("plan.docx", NestedTables(12), ("OrganisationId", W.County.ToString())));

        await AssertFileProblem(response, "File", "tabeller inni tabeller");
    }

    [Fact]
    public async Task WordFile_ThatUnpacksToMuchMoreThanItsSize_IsRefused()
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);
        var bomb = ZipWith("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
            + new string('a', 2_000_000) + "</w:t></w:r></w:p></w:body></w:document>");
        Assert.True(bomb.Length < 20_000, $"{bomb.Length} bytes");

        var response = await client.PostAsync("/api/plans/import/file", Upload("plan.docx", bomb, ("OrganisationId", W.County.ToString())));

        await AssertFileProblem(response, "File", "tegn");
    }

    [Fact]
    public async Task ExcelFile_WithACellLongerThanExcelAllows_IsRefused()
    {
        var client = await app.BearerClientAsync(W.CountyLeaderUser);
        using var sheet = new MemoryStream();
        sheet.SaveAs(new[] { new { Medlemsnummer = new string('1', 40_000), Lokallag = "Alfa lokallag" } });

        var response = await client.PostAsync("/api/members/import/file",
            Upload("eksport.xlsx", sheet.ToArray(), ("OrganisationId", W.County.ToString()), ("TakenOn", "2026-05-31")));

        await AssertFileProblem(response, "File", "32");
    }

    [Fact]
    public async Task MemberImport_DatedInTheFuture_IsRefused_InPreviewAndApply()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        foreach (var apply in new[] { false, true })
        {
            var response = await client.PostAsJsonAsync("/api/members/import",
                new { organisationId = W.County, takenOn = "2100-12-31", text = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år\n1;Alfa lokallag;01.01.2020;2026", apply });
            await AssertFileProblem(response, "TakenOn", "etter i dag");
        }
    }

    [Fact]
    public async Task MemberImport_SameFileTwice_ReplacesTheFirst_AndAWrongImportCanBeDeleted()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        const string text = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år\n77;Gamma lokallag;01.01.2020;2026\n78;Gamma lokallag;01.01.2020;2025";
        var first = await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-04-30", text, apply = true });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-04-30", text, apply = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("importert før for samme dato", again.GetProperty("sameContentNote").GetString());
        var snapshot = again.GetProperty("snapshotId").GetGuid();
        Assert.Equal(1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.MemberSnapshots.Where(s => s.TakenOn == new NodaTime.LocalDate(2026, 4, 30)))));
        var quietMonth = await (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-05-01", text }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("samme som i uttrekket per 30.4.2026", quietMonth.GetProperty("sameContentNote").GetString());

        var outsider = await app.SignedInClientAsync(W.OtherCountyLeaderUser);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/members/snapshots/{snapshot}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/members/snapshots/{snapshot}")).StatusCode);
        var audit = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.AuditEntries.Where(a => a.EntityId == snapshot && a.Action == "Deleted")));
        Assert.Equal(W.CountyLeaderUser, audit.Actor);
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-04-30", text, apply = true })).StatusCode);
    }

    [Fact]
    public async Task MemberImport_FileReadAsAStream_InWindows1252OrUtf8WithBom_IsTheSameFileAsItsText()
    {
        var client = await app.SignedInClientAsync(W.CountyLeaderUser);
        // A quoted cell with a line break and a separator: the streamed reader keeps it one cell, so line 4 is the third member.
        const string text = "Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Merknad\n91;Gamma lokallag;01.01.2020;2026;\"Flyttet fra Åsnes;\nny adresse\"\n92;Gamma lokallag;01.01.2020;2026;\n93;Gamma lokallag;31.02.2020;2026;";
        var saved = await client.PostAsJsonAsync("/api/members/import", new { organisationId = W.County, takenOn = "2026-03-31", text = text.Replace("31.02", "01.02"), apply = true });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var integration = await app.BearerClientAsync(W.CountyLeaderUser);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = new[] { Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.Replace("31.02", "01.02"))).ToArray(), Encoding.GetEncoding(1252).GetBytes(text.Replace("31.02", "01.02")) };
        foreach (var file in bytes)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(file), "File", "eksport.csv" }, { new StringContent(W.County.ToString()), "OrganisationId" }, { new StringContent("2026-03-31"), "TakenOn" },
            };
            var preview = await (await integration.PostAsync("/api/members/import/file", form)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(3, preview.GetProperty("members").GetInt32());
            Assert.Contains("importert før for samme dato", preview.GetProperty("sameContentNote").GetString());
        }
        using var bad = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.GetEncoding(1252).GetBytes(text)), "File", "eksport.csv" }, { new StringContent(W.County.ToString()), "OrganisationId" },
            { new StringContent("2026-03-31"), "TakenOn" }, { new StringContent("true"), "Apply" },
        };
        var refused = await integration.PostAsync("/api/members/import/file", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Linje 5", await refused.Content.ReadAsStringAsync());
    }

    private static async Task AssertFileProblem(HttpResponseMessage response, string field, string words)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        Assert.Contains(words, messages[0].GetString());
    }

    private static MultipartFormDataContent Upload(string name, byte[] bytes, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", name);
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }
        return form;
    }

    /// <summary>A Word document whose table holds a table, which holds a table … <paramref name="depth"/> levels down.</summary>
    private static byte[] NestedTables(int depth)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            OpenXmlElement inner = new Paragraph(new Run(new Text("Innerst")));
            for (var i = 0; i < depth; i++)
            {
                inner = new Table(new TableRow(new TableCell(inner, new Paragraph())));
            }
            main.Document = new Document(new Body(inner));
        }
        return stream.ToArray();
    }

    private static byte[] ZipWith(string entryName, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open());
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
