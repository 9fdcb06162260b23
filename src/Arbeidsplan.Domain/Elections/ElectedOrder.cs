namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Who is elected from a list and in what order the deputies come, as the election act counts it for municipal and county councils:
/// each candidate's personal votes, and for a cumulated candidate a bonus of a quarter of the list's ballots, rank the candidates;
/// a tie goes to the higher place on the list. The list's seats are filled from the top, and as many deputies as seats and two more
/// follow. A Storting or Sámi parliament list has no personal votes: the list's order decides.
/// </summary>
public static class ElectedOrder
{
    public const decimal CumulationBonus = 0.25m;

    public static IReadOnlyList<ElectedPlace> Of(Nomination nomination, ElectionKind kind, int listVotes, int seats)
    {
        var personal = kind == ElectionKind.Local;
        var bonus = (int)Math.Round(listVotes * CumulationBonus, MidpointRounding.AwayFromZero);
        var ranked = nomination.Candidates.Where(c => c.DeclinedOn is null)
            .Select(c => (Candidate: c, Score: personal ? (c.PersonalVotes ?? 0) + (c.Cumulated ? bonus : 0) : 0))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Place).ToList();
        return [.. ranked.Select((x, i) => new ElectedPlace(x.Candidate.Id, x.Candidate.Place, x.Score, i + 1, i < seats,
            i >= seats && i < seats + seats + 2 ? i - seats + 1 : null))];
    }
}
