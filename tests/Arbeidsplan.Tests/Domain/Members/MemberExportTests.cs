using System.Text;
using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Tests.Domain.Members;

public sealed class MemberExportTests
{
    private static readonly Guid Hamar = Guid.NewGuid();
    private static readonly Guid Elverum = Guid.NewGuid();
    private static readonly Dictionary<string, Guid> Branches = new(StringComparer.OrdinalIgnoreCase) { ["Hamar Senterparti"] = Hamar, ["3420"] = Elverum };

    private const string Export = """
        Medlemsnummer;Lokallag;Innmeldt;Betalt for år;Fødselsår;Kjønn
        1001;Hamar Senterparti;15.03.2025;2025;1998;K
        1002;Hamar Senterparti;01.02.2010;2024;1960;M
        1003;"Hamar Senterparti";2025-11-30;2025;1990;Mann
        2001;3420;12.06.2001;2025;1950;Kvinne
        """;

    [Fact]
    public void Read_NorwegianHeadersAndSemicolons_GivesTheMembersAndTheCountsAtYearEnd()
    {
        var export = MemberExport.Read(Export, null, Branches);

        Assert.True(export.CanBeSaved);
        var counts = MemberCounts.At(export.Members, new LocalDate(2025, 12, 31)).ToDictionary(c => c.BranchId);
        Assert.Equal(new MemberCounts(Hamar, Paying: 2, Unpaid: 1, New: 2, Women: 1, Men: 1, Under30: 1, Under40: 2), counts[Hamar]);
        Assert.Equal(1, counts[Elverum].Paying);
    }

    [Fact]
    public void Read_BadLines_AreReportedByLine_AndNothingCanBeSaved()
    {
        var text = Export + "\n1001;Hamar Senterparti;;2025;;\n3001;Ukjent lag;;2025;;\n3002;Hamar Senterparti;31.02.2025;2025;;\n3003;Hamar Senterparti;;i fjor;;\n" + new string('7', 41) + ";Hamar Senterparti;;2025;;";

        var export = MemberExport.Read(text, null, Branches);

        Assert.False(export.CanBeSaved);
        Assert.Equal([
            new MemberProblem(6, "Medlemsnummer 1001 står også på linje 2."),
            new MemberProblem(7, "Ukjent lokallag «Ukjent lag»."),
            new MemberProblem(8, "«31.02.2025» er ikke en dato (innmeldt). Skriv for eksempel 15.03.2024."),
            new MemberProblem(9, "«i fjor» er ikke et årstall (betalt for år)."),
            new MemberProblem(10, "Medlemsnummeret «77777777777777777777…» er lengre enn 40 tegn."),
        ], export.Problems);
    }

    [Fact]
    public void Read_WithoutARequiredColumn_SaysWhichIsMissing()
    {
        var export = MemberExport.Read("Medlemsnummer,Navn\n1,Kari", null, Branches);

        Assert.Equal([MemberField.Branch, MemberField.PaidForYear], export.MissingColumns);
        Assert.False(export.CanBeSaved);
    }

    [Fact]
    public void Read_WithASavedMapping_UsesTheRegistersOwnHeaders()
    {
        var mapping = new ColumnMapping(new Dictionary<MemberField, string>
        {
            [MemberField.MemberNumber] = "MedlID", [MemberField.Branch] = "Enhet", [MemberField.PaidForYear] = "Kont.år",
        });

        var export = MemberExport.Read("MedlID\tEnhet\tKont.år\n77\tHamar Senterparti\t2026", mapping, Branches);

        Assert.Equal("77", Assert.Single(export.Members).Member.MemberNumber);
    }

    [Fact]
    public void Decode_Windows1252_AndUtf8WithBom_GiveTheSameNorwegianText()
    {
        const string text = "Lokallag;Kjønn\nÅsnes;K";

        Assert.Equal(text, DelimitedText.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(text, DelimitedText.Decode(Encoding.GetEncoding(1252).GetBytes(text)));
    }

    [Fact]
    public void Rows_QuotedCellsWithSeparatorsAndLineBreaks_StayOneCell()
    {
        var rows = DelimitedText.Rows("a,b\n\"Hamar, sentrum\",\"to\nlinjer\"\n\n3,4", ',').ToList();

        Assert.Equal(["Hamar, sentrum", "to\nlinjer"], rows[1].Cells);
        Assert.Equal(5, rows[2].Line); // the quoted row spans lines 2 and 3, line 4 is blank
        Assert.Equal(',', DelimitedText.DetectSeparator("Medlemsnummer,Lokallag,Betalt for år"));
    }

    [Fact]
    public void Rows_WindowsLineBreaksQuotesAndSpaces_ReadAsExcelWritesThem()
    {
        var rows = DelimitedText.Rows("Nr;Navn;Merknad\r\n 1 ;\"Kari \"\"Kaka\"\" Nord\";\"\"\r\n2;Per \"P\" Sør;\"sitat\" etter\r\n;;\r\n3;\"\r\n\";x", ';').ToList();

        Assert.Equal(["1: Nr|Navn|Merknad", "2: 1|Kari \"Kaka\" Nord|", "3: 2|Per \"P\" Sør|sitat etter", "5: 3||x"],
            rows.Select(r => $"{r.Line}: {string.Join('|', r.Cells)}").ToList());
        Assert.Equal(["Nr", "Navn", "Merknad"], DelimitedText.Headers("Nr;Navn;Merknad\n1;2;3"));
        Assert.Empty(DelimitedText.Headers(""));
    }
}
