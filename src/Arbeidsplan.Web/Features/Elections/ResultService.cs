using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The results of an election: per list (every municipality the organisation's counties answer for, and the county's own), entered
/// one at a time or imported from the results service's file, by those who cover the county, from the election day on; read by
/// all who take part in the election. The last election of the same kind gives the comparison.
/// </summary>
public sealed class ResultService(AppDbContext db, Guard guard, OrganisationDirectory directory, PublicElectionService elections, IClock clock)
{
    public async Task<ResultsView?> ViewAsync(Guid electionId, Guid organisationId)
    {
        var tree = await directory.TreeAsync();
        if (await elections.LoadAsync(electionId) is not { } election || !tree.IsSelfOrDescendant(organisationId, election.OrganisationId)
            || !await guard.ReadsOrganisation(organisationId))
        {
            return null;
        }
        var lists = await ListsAsync(election, organisationId);
        var previous = await db.Elections.AsNoTracking().Where(e => e.OrganisationId == election.OrganisationId && e.Kind == election.Kind && e.Day < election.Day)
            .OrderByDescending(e => e.Day).FirstOrDefaultAsync();
        var ids = previous is null ? [electionId] : new[] { electionId, previous.Id };
        var results = await db.ListResults.AsNoTracking().Where(r => ids.Contains(r.ElectionId)).ToListAsync();
        var numbers = election.Kind != ElectionKind.Sameting ? []
            : await db.Constituencies.AsNoTracking().Where(c => ids.Contains(c.ElectionId)).ToDictionaryAsync(c => c.Id, c => c.Number);
        // The last election's constituencies are other rows: a constituency's list compares by its number.
        ListResult? Of(Guid election, NominationList l) => results.FirstOrDefault(r => r.ElectionId == election && r.CountyId == l.County && r.MunicipalityId == l.Municipality
            && (r.ConstituencyId == l.Constituency || election != electionId && l.Constituency is { } c && SameNumber(r.ConstituencyId, c)));
        bool SameNumber(Guid? before, Guid now) => before is { } b && numbers.TryGetValue(b, out var x) && numbers.TryGetValue(now, out var y) && x == y;
        var rows = lists.Select(l => (Now: Of(electionId, l), Before: previous is null ? null : Of(previous.Id, l), List: l))
            .Select(x => new ResultRow(x.List.County, x.List.Municipality, x.List.Name, x.Now?.Votes, x.Now?.Share, x.Now?.Seats,
                x.Now?.Change ?? (x.Now is { } now && x.Before is { } before ? now.Share - before.Share : null), x.Before?.Share, x.Before?.Seats, x.Now?.Version ?? 0, x.List.Constituency))
            .OrderBy(r => r.MunicipalityId is null).ThenBy(r => r.Name, NorwegianText.Comparer).ToList();
        return new ResultsView(await elections.RowAsync(election), organisationId, (await directory.FindAsync(organisationId))?.DisplayName ?? "", previous?.Name, rows,
            await EditsAnyAsync(lists), clock.Today() >= election.Day);
    }

    /// <summary>
    /// Whether the reader may enter a result for one of the lists: one who covers a list's county, not a branch's leader, who reads
    /// the results but whose list is the county's to enter.
    /// </summary>
    private async Task<bool> EditsAnyAsync(IReadOnlyList<NominationList> lists)
    {
        foreach (var county in lists.Select(l => l.County).Distinct())
        {
            if (await guard.CoversOrganisation(county))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The lists the organisation fields in the election: its counties' municipalities and their own lists.</summary>
    private async Task<IReadOnlyList<NominationList>> ListsAsync(Election election, Guid organisationId)
    {
        var tree = await directory.TreeAsync();
        var organisation = await directory.FindAsync(organisationId);
        var root = organisation?.Kind == OrganisationKind.Local ? organisation.ParentId ?? organisationId : organisationId;
        var kinds = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.Kind);
        var source = await directory.NominationListSourceAsync();
        var names = (await directory.AllAsync()).ToDictionary(o => o.Id, o => o.DisplayName);
        return [.. source.ListsOf(election, tree, kinds, id => names.GetValueOrDefault(id, ""))
            .Where(l => tree.IsSelfOrDescendant(l.County, root) || l.Municipality is null && tree.IsSelfOrDescendant(root, l.County))];
    }

    public Task<Outcome<Guid>> SaveAsync(ResultInput input) => Outcome.Try<Guid>(async () =>
    {
        if (await elections.ReachedAsync(input.ElectionId) is not { } election)
        {
            return Outcome<Guid>.NotFound("Fant ikke valget.");
        }
        if ((await ListsAsync(election, input.CountyId)).FirstOrDefault(l => l.Key == new ListKey(input.CountyId, input.MunicipalityId, input.ConstituencyId)) is null
            || !await guard.ReadsOrganisation(input.CountyId))
        {
            return Outcome<Guid>.Invalid(nameof(input.MunicipalityId), "Velg en av listene organisasjonen stiller i valget.");
        }
        if (!await guard.CoversOrganisation(input.CountyId))
        {
            return Outcome<Guid>.Forbidden(EditorsOnly);
        }
        if (clock.Today() < election.Day)
        {
            return Outcome<Guid>.Invalid(nameof(input.Votes), $"Resultatene kan føres fra valgdagen {NorwegianTime.Format(election.Day)}.");
        }
        if (input.Votes is not { } votes || input.Share is not { } share)
        {
            return Outcome<Guid>.Invalid(input.Votes is null ? nameof(input.Votes) : nameof(input.Share), "Skriv antall stemmer og oppslutningen i prosent.");
        }
        var result = await db.ListResults.SingleOrDefaultAsync(r => r.ElectionId == election.Id && r.CountyId == input.CountyId && r.MunicipalityId == input.MunicipalityId
            && r.ConstituencyId == input.ConstituencyId);
        if (result is null)
        {
            result = new ListResult(election.Id, input.CountyId, input.MunicipalityId, votes, share, input.Seats ?? 0, input.Change, input.ConstituencyId) { IsDemo = election.IsDemo };
            db.ListResults.Add(result);
        }
        else
        {
            db.ExpectVersion(result, input.Version);
            result.Set(votes, share, input.Seats ?? 0, input.Change);
        }
        if (!await db.SaveUnlessDuplicateAsync())
        {
            return Outcome<Guid>.Conflict("Noen andre førte resultatet for listen samtidig. Last inn siden og se hva som er lagret.");
        }
        return result.Id;
    });

    public const string EditorsOnly = "Bare de som har ansvaret for fylket, kan føre valgresultatene.";
}
