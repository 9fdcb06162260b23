using Arbeidsplan.Tests.Support;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Features.Shared;

/// <summary>The one way lists are paged: in the database, the page asked for clamped, the total counted.</summary>
public sealed class PagingTests(WorldApp app) : IClassFixture<WorldApp>
{
    [Fact]
    public async Task ToPaged_CutsInTheDatabase_AndClampsThePageNumber()
    {
        var all = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync());

        var second = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Id).ToPagedAsync(2, 3));
        var zeroth = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Id).ToPagedAsync(0, 3));
        var far = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Id).ToPagedAsync(int.MaxValue, 3));

        Assert.Equal(all.Skip(3).Take(3), second.Items);
        Assert.Equal((2, all.Count, (all.Count + 2) / 3), (second.Page, second.Total, second.Pages));
        Assert.Equal(1, zeroth.Page);
        Assert.Equal(all.Take(3), zeroth.Items);
        Assert.Equal((Paging.MaxPage, 0), (far.Page, far.Items.Count));
        Assert.Equal(all.Count, far.Total);
    }

    [Fact]
    public async Task ToPaged_TheLastPartPage_TellsTheTotal_AFullOneOrAnEmptyOneCounts()
    {
        var all = await app.WithDbAsync(db => db.Organisations.CountAsync());
        var size = all - 1;
        async Task<Paged<Guid>> PageAsync(int page, int pageSize) =>
            await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Id).ToPagedAsync(page, pageSize));

        // Full first page: more may follow, so it counts; the part second page and a one-page list know the total without counting.
        Assert.Equal((all, 2), ((await PageAsync(1, size)).Total, (await PageAsync(1, size)).Pages));
        Assert.Equal((all, 1), ((await PageAsync(2, size)).Total, (await PageAsync(2, size)).Items.Count));
        Assert.Equal((all, 1), ((await PageAsync(1, all + 5)).Total, (await PageAsync(1, all + 5)).Pages));
        Assert.Equal(all, (await PageAsync(7, size)).Total);
    }
}
