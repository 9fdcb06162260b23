using Arbeidsplan.Domain.Elections;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>
/// The election act's list rules, read once a minute rather than on every list page (which counts its queries): a handful of rows
/// that change when the act does. A change on this instance is seen at once; on another instance within the minute.
/// </summary>
public sealed class ListRuleBands(AppDbContext db, IMemoryCache cache)
{
    private const string Key = "election-list-rule-bands";

    public async Task<IReadOnlyList<ListRuleBand>> AllAsync() =>
        (await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            entry.Size = 1;
            return (IReadOnlyList<ListRuleBand>)await db.ListRuleBands.AsNoTracking().ToListAsync();
        }))!;

    public void Changed() => cache.Remove(Key);
}
