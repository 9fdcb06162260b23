using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>A list of a coming election that is the reader's to move on, with its next step not taken and how that stands.</summary>
public sealed record MyNomination(Guid ElectionId, string Election, Guid CountyId, Guid? MunicipalityId, string List, NominationStepKind? Next, LocalDate? Target,
    StepLight Light, Guid? ConstituencyId = null);

/// <summary>
/// For Min side: the lists of coming elections whose organisation the signed-in person leads or nominates for (a position that
/// leads or nominates, in it or on one of its bodies), each with the next step to take. Those who only oversee see the overview.
/// </summary>
public sealed class MyNominations(AppDbContext db, CurrentAccess access, OrganisationDirectory directory, IClock clock)
{
    public async Task<IReadOnlyList<MyNomination>> MineAsync()
    {
        var today = clock.Today();
        var mine = await access.LeadsOrNominatesInAsync();
        // The coming elections with the steps taken in their nominations, in one query; what the lists are made from is kept with the register.
        var coming = mine.Count == 0 ? [] : await db.Elections.AsNoTracking().Where(e => e.Day >= today).OrderBy(e => e.Day)
            .Select(e => new
            {
                Election = e,
                Taken = db.Nominations.Where(n => n.ElectionId == e.Id)
                    .Join(db.NominationSteps, n => n.Id, s => s.NominationId, (n, s) => new { n.CountyId, Area = n.MunicipalityId ?? n.ConstituencyId, s.Kind }).ToList(),
            }).ToListAsync();
        if (coming.Count == 0)
        {
            return [];
        }
        var elections = coming.Select(c => c.Election).ToList();
        var tree = await directory.TreeAsync();
        var organisations = await directory.AllAsync();
        var kinds = organisations.ToDictionary(o => o.Id, o => o.Kind);
        var source = await directory.NominationListSourceAsync();
        var electionIds = elections.Select(e => e.Id).ToList();
        var own = await db.CountyStepTargets.AsNoTracking().Where(t => electionIds.Contains(t.ElectionId)).ToListAsync();
        var taken = coming.SelectMany(c => c.Taken.Select(s => (c.Election.Id, s.CountyId, s.Area, s.Kind))).ToHashSet();
        var result = new List<MyNomination>();
        foreach (var election in elections)
        {
            var book = new StepTargetBook(election, own, tree);
            foreach (var list in source.ListsOf(election, tree, kinds, id => organisations.FirstOrDefault(o => o.Id == id)?.DisplayName ?? "").Where(l => mine.Contains(l.Owner)))
            {
                var next = NominationStepKinds.All.Cast<NominationStepKind?>().FirstOrDefault(k => !taken.Contains((election.Id, list.County, list.Area, k!.Value)));
                var target = next is { } kind ? book.For(list.County, kind) : (LocalDate?)null;
                result.Add(new MyNomination(election.Id, election.Name, list.County, list.Municipality, list.Name, next, target,
                    target is { } on ? StepLights.Of(null, on, today) : StepLight.Done, list.Constituency));
            }
        }
        return result;
    }
}
