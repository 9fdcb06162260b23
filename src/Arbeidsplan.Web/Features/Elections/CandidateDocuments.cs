using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Documents;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// A list as the committee hands it on: as a sheet (every column the committee works with) and as the list proposal the electoral
/// board receives (the act's form: the election, the municipality, the party, the candidates in order with birth year and
/// residence, those cumulated marked, and the lines for the board's signatures).
/// </summary>
public static class CandidateDocuments
{
    public static IEnumerable<Dictionary<string, object?>> Sheet(CandidateListView list) => list.Candidates.Select(c => new Dictionary<string, object?>
    {
        ["Plass"] = c.DeclinedOn is null ? c.Place : null, ["Navn"] = c.Name, ["Fødselsår"] = c.BirthYear, ["Kjønn"] = Gender(c.Gender), ["Bosted"] = c.Residence,
        ["Under 30"] = c.Youth ? "Ja" : "", ["Stiller"] = c.Rerunning ? "På nytt" : "Ny", ["Kumulert"] = c.Cumulated ? "Ja" : "",
        ["Takket nei"] = c.DeclinedOn is { } on ? NorwegianTime.Format(on) : "",
    });

    /// <param name="party">The party's name, as the form asks for it.</param>
    /// <param name="board">Who signs for the board: the names under the signature lines.</param>
    public static Paper Proposal(NominationDetail detail, string party, IReadOnlyList<string> board)
    {
        var election = detail.Election;
        var place = detail.Row.MunicipalityId is null ? detail.Row.Name : $"{detail.Row.Name} kommune";
        var paper = new Paper().Title($"Listeforslag: {election.Name}").Named($"Listeforslag {detail.Row.Name} {election.Day.Year}")
            .Fact("Valg", $"{election.Name}, {NorwegianTime.Format(election.Day)}")
            .Fact("Liste", place)
            .Fact("Parti", party)
            .Fact("Innleveres innen", $"{NorwegianTime.Format(election.FilingDeadline.Date)} kl. {election.FilingDeadline.Hour:00}:{election.FilingDeadline.Minute:00}");
        var standing = detail.List.Candidates.Where(c => c.DeclinedOn is null).OrderBy(c => c.Place).ToList();
        paper.Table("Kandidatene i rekkefølge", ["Nr.", "Navn", "Fødselsår", "Bosted", "Stemmetillegg"],
            standing.Select(c => (IReadOnlyList<string>)[$"{c.Place}", c.Name, $"{c.BirthYear}", c.Residence, c.Cumulated ? "Ja" : ""]));
        if (detail.List.Rules is { } rules)
        {
            paper.Text($"Listen har {standing.Count} navn (minst {rules.MinNames}, høyst {rules.MaxNames}) og {standing.Count(c => c.Cumulated)} kandidater med stemmetillegg (høyst {rules.MaxCumulated}).");
        }
        paper.Heading("Underskrifter", 2)
            .Text("Listeforslaget skal være underskrevet av minst to medlemmer av styret i partiets lokale ledd i valgdistriktet.");
        foreach (var name in board.Count > 0 ? board : ["Styremedlem", "Styremedlem"])
        {
            paper.Signature(name);
        }
        return paper;
    }

    public static string FileName(NominationDetail detail, string extension) => $"listeforslag-{Paper.Slug(detail.Row.Name)}-{detail.Election.Day.Year}.{extension}";

    private static string Gender(Domain.Members.Gender gender) => gender switch
    {
        Domain.Members.Gender.Woman => "Kvinne",
        Domain.Members.Gender.Man => "Mann",
        _ => "",
    };
}
