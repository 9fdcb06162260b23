using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Bench;

/// <summary>
/// The national volume around the security walk's world, so that <see cref="PageBench"/> times every page at ×1 and ×10 (issue 20, part 1):
/// fourteen more counties under the walk's party, 370 branches per unit of scale dealt to all sixteen (the walk's county gets its share in its
/// two regions, so the county leader and the region contact see them), their follow-up, 40,000 events and 20,000 study circles, ten year-end
/// member exports of 50,000 members through the real import, 600 decisions with tasks for the county board, and the 2027 local election with
/// a list in 357 municipalities, the county's campaign and two past elections' results. The walk's own rows stay those the addresses name.
/// </summary>
internal static class PageVolume
{
    public static async Task AddAsync(WalkWorld world, HttpClient admin, int scale)
    {
        var w = world.World;
        var services = world.Services;
        var counties = await NationalWorld.AddCountiesAsync(services, w.National, 14);
        counties.Insert(0, (w.County, [w.North, w.South]));
        counties.Insert(1, (w.OtherCounty, await RegionsOfAsync(services, w.OtherCounty)));
        var branches = await NationalWorld.AddBranchesAsync(services, counties, 370 * scale);
        var ids = branches.Select(b => b.Id).ToList();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var types = await db.PositionTypes.Where(t => t.PartyId == w.National && t.Scope != Arbeidsplan.Domain.Register.ScopeKind.Region).OrderBy(t => t.SortOrder).Take(4).ToListAsync();
            NationalWorld.AddBranchFollowUp(db, types, ids);
            await db.SaveChangesAsync();
        }
        await NationalWorld.AddEventsAndCirclesAsync(services, w.National, ids, 40_000 * scale, 20_000 * scale);
        await NationalBench.ImportYearEndsAsync(admin, w.National, branches, 50_000 * scale);
        await BoardWorkBench.AddDecisionsAsync(services, w.County);
        var election = await ElectionBench.AddAsync(services, w.National, counties.Select(c => c.County).ToList(), ids);
        await ElectionBench.AddCampaignAndResultsAsync(services, w.National, election, w.County, ids);
    }

    private static async Task<IReadOnlyList<Guid>> RegionsOfAsync(IServiceProvider services, Guid county)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Regions.Where(r => r.OrganisationId == county).Select(r => r.Id).ToListAsync();
    }
}
