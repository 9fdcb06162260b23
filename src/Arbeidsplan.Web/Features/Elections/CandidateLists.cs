using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// Reads a list's candidates for a row the reader may see: the names to those who answer for the list (its branch, its committee,
/// the county above) and, once the list is adopted, to everyone who sees the row; before that only how many stand.
/// </summary>
public sealed class CandidateLists(AppDbContext db, ListRuleBands bands)
{
    public async Task<CandidateListView> ListAsync(NominationRow row, ElectionRow election)
    {
        var adopted = row.Steps.Any(s => s.Kind == NominationStepKind.ListAdopted && s.On is not null);
        // The candidates and their names in one query: the list's page counts its queries.
        var loaded = row.NominationId is { } id
            ? await db.Nominations.AsNoTracking().Where(n => n.Id == id).Include(n => n.Candidates)
                .Select(n => new { Nomination = n, Names = n.Candidates.Select(c => new { Id = c.PersonId, Name = db.Persons.Where(p => p.Id == c.PersonId).Select(p => p.Name).FirstOrDefault() ?? "" }).ToList() })
                .SingleOrDefaultAsync()
            : null;
        if (loaded?.Nomination is not { } nomination)
        {
            return new CandidateListView(null, null, [], ListBalance.Of([], election.Day), [], !row.CanEdit && !adopted, adopted);
        }
        var balance = ListBalance.Of(nomination.Candidates, election.Day);
        var rules = nomination.Seats is null ? null : nomination.Rules(election.Kind, await bands.AllAsync());
        var hidden = !row.CanEdit && !adopted;
        var names = hidden ? [] : loaded.Names.ToDictionary(p => p.Id, p => p.Name);
        var rows = hidden ? [] : nomination.Candidates
            .OrderBy(c => c.DeclinedOn is not null).ThenBy(c => c.Place).ThenBy(c => names.GetValueOrDefault(c.PersonId, ""), NorwegianText.Comparer)
            .Select(c => new CandidateRow(c.Id, c.Place, c.PersonId, names.GetValueOrDefault(c.PersonId, ""), c.BirthYear, c.Gender, c.Residence, c.IsYouth(election.Day),
                c.Rerunning, c.Cumulated, c.DeclinedOn))
            .ToList();
        // A list under work shows those who may not see the names how many there are, and no more: with one or two names, the
        // women, men and under-30 figures would say who the top candidate is.
        var shown = hidden ? new ListBalance(balance.Names, 0, 0, 0, 0, 0) : balance;
        return new CandidateListView(nomination.Seats, rules, hidden ? [] : rules?.Check(balance.Names, balance.Cumulated) ?? [], shown, rows, hidden, adopted) { Loaded = nomination };
    }
}
