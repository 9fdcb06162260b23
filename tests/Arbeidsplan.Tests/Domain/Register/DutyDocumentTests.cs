using System.Text.RegularExpressions;
using Arbeidsplan.Domain.Register;

namespace Arbeidsplan.Tests.Domain.Register;

public class DutyDocumentTests
{
    private const string SeedFolder = "/work/shared/seeds";
    private const string SeedHeading = "2.6.2 Styrets arbeidsinstruks";

    [Fact]
    public void Parse_BulletsUnderHeadings_GivesOneSectionPerRole()
    {
        const string text = """
            ### Leder:
            • Kalle inn til styremøter og sette opp sakslisten
            • Besøke lokallagene i alle regioner

            ### Kasserer:
            • Føre regnskapet løpende
            """;

        var sections = DutyDocument.Parse(text);

        Assert.Collection(sections,
            leader =>
            {
                Assert.Equal("Leder", leader.Title);
                Assert.Equal(["Kalle inn til styremøter og sette opp sakslisten", "Besøke lokallagene i alle regioner"], leader.Duties);
            },
            treasurer =>
            {
                Assert.Equal("Kasserer", treasurer.Title);
                Assert.Equal(["Føre regnskapet løpende"], treasurer.Duties);
            });
    }

    [Fact]
    public void Parse_PlainHeadingsWithColon_StartSectionsLikeMarkdownHeadings()
    {
        const string text = """
            Sekretær:
            • Skrive protokoll fra styremøtene
            Styremedlemmer/regionkontakter:
            • Holde to regionmøter i året
            """;

        var sections = DutyDocument.Parse(text);

        Assert.Equal(["Sekretær", "Styremedlemmer/regionkontakter"], sections.Select(s => s.Title));
        Assert.Equal(["Holde to regionmøter i året"], sections[1].Duties);
    }

    [Fact]
    public void Parse_HeadingWithoutColon_StartsSectionAfterEmptyLineWhenBulletsFollow()
    {
        const string text = """
            ### Kasserer
            - Betale regninger i tide

            Medlemsansvarlig
            - Ringe nye medlemmer
            """;

        var sections = DutyDocument.Parse(text);

        Assert.Equal(["Kasserer", "Medlemsansvarlig"], sections.Select(s => s.Title));
        Assert.Equal(["Ringe nye medlemmer"], sections[1].Duties);
    }

    [Fact]
    public void Parse_MarginNumbers_AreStrippedFromHeadingsBulletsAndWrappedLines()
    {
        const string text = """
            ### 40 Studieleder:
            - 41 • Holde kontakt med studieforbundet
            42 • Følge opp studieringene i alle
            43 lokallag
            • Melde inn studietimene 44
            Politisk nestleder:  45
            • Lede resolusjonskomiteen 46
            """;

        var sections = DutyDocument.Parse(text);

        Assert.Equal(["Studieleder", "Politisk nestleder"], sections.Select(s => s.Title));
        Assert.Equal(
            ["Holde kontakt med studieforbundet", "Følge opp studieringene i alle lokallag", "Melde inn studietimene"],
            sections[0].Duties);
        Assert.Equal(["Lede resolusjonskomiteen"], sections[1].Duties);
    }

    [Fact]
    public void Parse_YearAtEndOfDuty_IsKeptAsADeadline()
    {
        var sections = DutyDocument.Parse("Studieleder:\n• Fullføre studieringen innen 1. juli 2026\n");

        Assert.Equal(["Fullføre studieringen innen 1. juli 2026"], Assert.Single(sections).Duties);
    }

    [Fact]
    public void Parse_WrappedLines_AreJoinedWithOneSpace()
    {
        const string text = """
            ### Regionkontakt:
            • Ta kontakt med lokallagene i regionen
                  både før og etter
              hvert styremøte
            • Holde regionmøter
            """;

        var section = Assert.Single(DutyDocument.Parse(text));

        Assert.Equal(["Ta kontakt med lokallagene i regionen både før og etter hvert styremøte", "Holde regionmøter"], section.Duties);
    }

    [Fact]
    public void Parse_ContinuationWrittenAsDashWithNumber_BelongsToTheBulletAbove()
    {
        const string text = """
            ### 60 Stortingsrepresentant:
            - 61 • Snakke hver måned med styret, lokallagslederne,
            - 62 ordførerne og gruppelederne.
            - 63 • Orientere om saker på Stortinget
            """;

        var section = Assert.Single(DutyDocument.Parse(text));

        Assert.Equal(
            ["Snakke hver måned med styret, lokallagslederne, ordførerne og gruppelederne.", "Orientere om saker på Stortinget"],
            section.Duties);
    }

    [Fact]
    public void Parse_DifferentBulletCharacters_AreAllBullets()
    {
        const string text = "### Sekretær:\n• En\n● To\n- Tre\n* Fire\n";

        var section = Assert.Single(DutyDocument.Parse(text));

        Assert.Equal(["En", "To", "Tre", "Fire"], section.Duties);
    }

    [Fact]
    public void Parse_BoldMarkersAndWindowsLineEnds_AreRemoved()
    {
        var section = Assert.Single(DutyDocument.Parse("### **Kasserer:**\r\n• Legge fram **regnskapet** for årsmøtet\r\n"));

        Assert.Equal("Kasserer", section.Title);
        Assert.Equal(["Legge fram regnskapet for årsmøtet"], section.Duties);
    }

    [Fact]
    public void Parse_ParagraphUnderHeading_IsKeptAsOneDuty()
    {
        const string text = """
            Arbeidsutvalg:
            Utvalget er lederen og de to nestlederne, og det møtes
            når det trengs.
            • Forberede sakene til styret
            """;

        var section = Assert.Single(DutyDocument.Parse(text));

        Assert.Equal(
            ["Utvalget er lederen og de to nestlederne, og det møtes når det trengs.", "Forberede sakene til styret"],
            section.Duties);
    }

    [Fact]
    public void Parse_TextBeforeFirstHeading_IsIgnored()
    {
        const string text = """
            Denne instruksen gjelder for hele styret.
            • Et punkt uten rolle

            ### Leder:
            • Lede møtene
            """;

        var section = Assert.Single(DutyDocument.Parse(text));

        Assert.Equal("Leder", section.Title);
        Assert.Equal(["Lede møtene"], section.Duties);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \r\n")]
    [InlineData("Bare en setning uten overskrift.")]
    public void Parse_EmptyOrHeadlessInput_GivesNoSections(string text)
    {
        Assert.Empty(DutyDocument.Parse(text));
    }

    [Fact]
    public void Parse_SeedBoardInstruction_FindsTheBoardRoles()
    {
        if (!Directory.Exists(SeedFolder))
        {
            return; // The seed plans are only present in the development workspace.
        }
        var plans = Directory.EnumerateFiles(SeedFolder)
            .Select(File.ReadAllText)
            .Where(text => text.Contains(SeedHeading, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(plans);

        foreach (var plan in plans)
        {
            // The last occurrence is the chapter itself; the first may be the table of contents.
            var headingAt = plan.LastIndexOf(SeedHeading, StringComparison.Ordinal);
            var start = plan.IndexOf('\n', headingAt) + 1;
            var next = plan.IndexOf("Senterungdommen", start, StringComparison.Ordinal);
            var end = plan.LastIndexOf('\n', next) + 1;

            var sections = DutyDocument.Parse(plan[start..end]);

            var titles = sections.Select(s => s.Title).ToList();
            Assert.Contains("Leder", titles);
            Assert.Contains("Organisatorisk nestleder", titles);
            Assert.Contains("Politisk nestleder", titles);
            Assert.Contains("Studieleder", titles);
            var leader = sections.First(s => s.Title == "Leder");
            Assert.True(leader.Duties.Count >= 5, $"Leder har bare {leader.Duties.Count} plikter.");
            var duties = sections.SelectMany(s => s.Duties).ToList();
            Assert.DoesNotContain(duties, d => Regex.IsMatch(d, @"^\d|\s\d{1,3}$|[•●]|\*\*"));
        }
    }
}
