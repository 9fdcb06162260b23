using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Arbeidsplan.Tests.Support;

/// <summary>Date plans as the users keep them: last year's table in Word, a sheet in Excel, an exported calendar.</summary>
public static class DatePlanFixtures
{
    public static readonly string[][] Rows =
    [
        ["Måned", "Dato", "Aktivitet"],
        ["Januar", "", "Lokallagsårsmøter etter vedtektene"],
        ["", "20.", "Fylkesstyremøte Testfylke"],
        ["Februar", "14.-15.", "Fylkesårsmøte, Scandic Hamar"],
        ["August", "31.7.-3.8", "Sommerleir, Teams"],
    ];

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Datoplan for fylkeslaget"))),
                new Table(Rows.Select(r => new TableRow(r.Select(c => (OpenXmlElement)new TableCell(new Paragraph(new Run(new Text(c))))))))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Rows.Skip(1).Select(r => new Dictionary<string, object> { ["Måned"] = r[0], ["Dato"] = r[1], ["Aktivitet"] = r[2] }).ToList());
        return stream.ToArray();
    }

    public const string Ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//Outlook//NO
        BEGIN:VEVENT
        UID:styremote-1@outlook
        DTSTAMP:20260101T000000Z
        SUMMARY:Styremøte
        DTSTART;TZID=W. Europe Standard Time:20260310T180000
        DTEND;TZID=W. Europe Standard Time:20260310T200000
        LOCATION:Fylkeshuset
        END:VEVENT
        BEGIN:VEVENT
        UID:kurs-1@outlook
        DTSTAMP:20260101T000000Z
        SUMMARY:Kurs for kasserere
        DTSTART;VALUE=DATE:20260414
        DTEND;VALUE=DATE:20260416
        END:VEVENT
        BEGIN:VEVENT
        UID:tirsdag@outlook
        DTSTAMP:20260101T000000Z
        SUMMARY:Tirsdagsmøte
        DTSTART;TZID=Europe/Oslo:20260106T080000
        DTEND;TZID=Europe/Oslo:20260106T084500
        RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T060000Z
        EXDATE;TZID=Europe/Oslo:20260113T080000
        END:VEVENT
        BEGIN:VEVENT
        UID:tirsdag@outlook
        DTSTAMP:20260101T000000Z
        RECURRENCE-ID;TZID=Europe/Oslo:20260127T080000
        SUMMARY:Tirsdagsmøte (flyttet)
        DTSTART;TZID=Europe/Oslo:20260128T080000
        DTEND;TZID=Europe/Oslo:20260128T084500
        END:VEVENT
        END:VCALENDAR
        """;
}
