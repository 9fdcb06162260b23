using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Tests.Domain.Elections;

public sealed class ResultFileTests
{
    private static readonly Guid Hamar = Guid.CreateVersion7();
    private static readonly Guid Stange = Guid.CreateVersion7();

    private static readonly Dictionary<MunicipalityNumber, (Guid, string)> Ours = new()
    {
        [MunicipalityNumber.Parse("3403")] = (Hamar, "Hamar"), [MunicipalityNumber.Parse("3413")] = (Stange, "Stange"),
    };

    private const string Header = "Fylkenummer;Fylkenavn;Kommunenummer;Kommunenavn;Partikode;Partinavn;Oppslutning prosentvis;Antall stemmer totalt;Antall mandater;Endring % siste tilsvarende valg\n";

    private static ResultFile Read(string lines, string? party = "SP") =>
        ResultFile.Read(Header + lines, ResultColumns.Guess(Header.TrimEnd().Split(';')), party, Ours);

    [Fact]
    public void Read_EveryPartysLines_TakesTheParty_WithNorwegianDecimals()
    {
        var file = Read("34;Innlandet;3403;Hamar;AP;Arbeiderpartiet;30,1;5 120;12;-2,0\n34;Innlandet;3403;Hamar;SP;Senterpartiet;14,2;2 410;5;−4,6\n"
            + "34;Innlandet;3413;Stange;SP;Senterpartiet;28.4;3120;8;\n");

        Assert.True(file.CanBeSaved);
        Assert.Equal([(Hamar, 2410, 14.2m, 5, (decimal?)-4.6m), (Stange, 3120, 28.4m, 8, null)],
            file.Lines.Select(l => (l.MunicipalityId, l.Votes, l.Share, l.Seats, l.Change)));
    }

    [Fact]
    public void Read_AnUnknownMunicipality_ACountBelowZero_OrTheSameTwice_IsAProblemOnItsLine()
    {
        var file = Read("34;Innlandet;3401;Kongsvinger;SP;Senterpartiet;20;900;5;1\n34;Innlandet;3403;Hamar;SP;Senterpartiet;14;-3;5;1\n"
            + "34;Innlandet;3413;Stange;SP;Senterpartiet;28;3000;8;1\n34;Innlandet;3413;Stange;SP;Senterpartiet;28;3000;8;1\n");

        Assert.False(file.CanBeSaved);
        Assert.Equal([2, 3, 5], file.Problems.Select(p => p.Line));
        Assert.StartsWith("Kommunenummeret «3401» er ikke en av kommunene", file.Problems[0].Message);
    }

    [Fact]
    public void Read_AColumnTheFileDoesNotHave_IsSaidAndNothingIsRead()
    {
        var columns = new ResultColumns(new Dictionary<ResultField, string> { [ResultField.Municipality] = "Kommunenummer", [ResultField.Votes] = "Stemmer", [ResultField.Share] = "Prosent" });

        var file = ResultFile.Read(Header + "34;Innlandet;3403;Hamar;SP;Senterpartiet;14,2;2410;5;-4,6\n", columns, "SP", Ours);

        Assert.False(file.CanBeSaved);
        Assert.Equal(["Stemmer", "Prosent"], file.UnknownColumns);
        Assert.Empty(file.Lines);
    }
}
