namespace Arbeidsplan.Domain.Elections;

/// <summary>
/// Who is elected from a list and in what order the deputies come, as the election act counts it. A municipal council list: each
/// candidate's personal votes, and for a cumulated candidate a bonus of a quarter of the list's ballots, rank the candidates. A county
/// council list has no bonus, and a candidate's personal votes count only when they come from at least 8 % of the list's ballots:
/// those candidates first by their votes, then the others in the list's order. A tie goes to the higher place on the list. The seats
/// are filled from the top, and as many deputies as seats and two more follow. A Storting or Sámi parliament list: the list's order.
/// </summary>
public static class ElectedOrder
{
    public const decimal CumulationBonus = 0.25m;

    /// <summary>The share of a county council list's ballots a candidate's personal votes must reach to count.</summary>
    public const decimal CountyThreshold = 0.08m;

    public static IReadOnlyList<ElectedPlace> Of(Nomination nomination, ElectionKind kind, int listVotes, int seats)
    {
        var personal = kind == ElectionKind.Local;
        var county = personal && nomination.MunicipalityId is null;
        var bonus = county ? 0 : (int)Math.Round(listVotes * CumulationBonus, MidpointRounding.AwayFromZero);
        int Score(Candidate c) => !personal ? 0
            : county ? (c.PersonalVotes is { } v && v >= listVotes * CountyThreshold ? v : 0)
            : (c.PersonalVotes ?? 0) + (c.Cumulated ? bonus : 0);
        var ranked = nomination.Candidates.Where(c => c.DeclinedOn is null)
            .Select(c => (Candidate: c, Score: Score(c)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Place).ToList();
        return [.. ranked.Select((x, i) => new ElectedPlace(x.Candidate.Id, x.Candidate.Place, x.Score, i + 1, i < seats,
            i >= seats && i < seats + seats + 2 ? i - seats + 1 : null))];
    }
}
