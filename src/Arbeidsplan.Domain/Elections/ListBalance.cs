using Arbeidsplan.Domain.Members;
using NodaTime;

namespace Arbeidsplan.Domain.Elections;

/// <summary>A list's balance as the committee works: women and men, under 30, new, cumulated; of the candidates who have not declined.</summary>
public sealed record ListBalance(int Names, int Women, int Men, int Youth, int New, int Cumulated)
{
    public static ListBalance Of(IEnumerable<Candidate> candidates, LocalDate electionDay)
    {
        var standing = candidates.Where(c => c.DeclinedOn is null).ToList();
        return new ListBalance(standing.Count, standing.Count(c => c.Gender == Gender.Woman), standing.Count(c => c.Gender == Gender.Man),
            standing.Count(c => c.IsYouth(electionDay)), standing.Count(c => !c.Rerunning), standing.Count(c => c.Cumulated));
    }
}
