using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Arbeidsplan.Bench;

/// <summary>
/// Input built to stall the server, as an attacker with an ordinary account would send it: each must be refused or finished within
/// 5 s and use less than 200 MB more memory than before it came. Times are wall clock for the one request; memory is the peak
/// working set while it runs, sampled every 5 ms, less the working set just before.
/// </summary>
internal static class HostileInputBench
{
    public const double SecondsAllowed = 5;
    public const double MegabytesAllowed = 200;

    public static async Task<IReadOnlyList<(string Name, int Status, double Seconds, double Megabytes)>> RunAsync(BenchApp app, Guid organisation)
    {
        var client = await app.BearerClientAsync();
        var results = new List<(string, int, double, double)>();
        var plan = new StringBuilder("# Arbeidsplan 2026\n## Tiltak\n");
        while (plan.Length < 10 * 1024 * 1024)
        {
            plan.Append("• Et tiltak blant altfor mange – Ansvar: Leder – innen 1. juli 2026\n");
        }
        results.Add(await MeasureAsync("Plantekst på 10 MB", () => client.PostAsJsonAsync("/api/plans/import", new { organisationId = organisation, text = plan.ToString(), apply = true })));
        var nested = NestedTables(60);
        results.Add(await MeasureAsync($"Word-fil på {nested.Length / 1024.0:0.0} KB med tabeller i 60 nivåer",
            () => client.PostAsync("/api/plans/import/file", Upload("plan.docx", nested, organisation))));
        var bomb = ExcelBomb(300);
        results.Add(await MeasureAsync($"Excel-fil på {bomb.Length / 1024} KB med én celle på 300 MB",
            () => client.PostAsync("/api/members/import/file", Upload("eksport.xlsx", bomb, organisation))));
        return results;
    }

    private static async Task<(string, int, double, double)> MeasureAsync(string name, Func<Task<HttpResponseMessage>> send)
    {
        var sample = await WorkingSet.MeasureAsync(async () =>
        {
            var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            return response;
        });
        using var response = sample.Result;
        return (name, (int)response.StatusCode, sample.Seconds, sample.ExtraMb);
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] bytes, Guid organisation) => new()
    {
        { new ByteArrayContent(bytes), "File", fileName },
        { new StringContent(organisation.ToString()), "OrganisationId" },
        { new StringContent("2026-05-31"), "TakenOn" },
    };

    private static byte[] NestedTables(int depth)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            OpenXmlElement inner = new Paragraph(new Run(new Text("Innerst")));
            for (var i = 0; i < depth; i++)
            {
                inner = new Table(new TableRow(new TableCell(inner, new Paragraph())));
            }
            document.AddMainDocumentPart().Document = new Document(new Body(inner));
        }
        return stream.ToArray();
    }

    /// <summary>A valid workbook whose one shared string is <paramref name="megabytes"/> MB of the same letter: a few hundred KB packed.</summary>
    private static byte[] ExcelBomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Part("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
            using var strings = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            strings.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
            var chunk = new string('A', 1024 * 1024);
            for (var i = 0; i < megabytes; i++)
            {
                strings.Write(chunk);
            }
            strings.Write("</t></si></sst>");
        }
        return stream.ToArray();
    }
}
