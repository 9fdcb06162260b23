using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>One page of a list, cut in the database: its rows, where it is, and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public static Paged<T> Empty(int pageSize) => new([], 1, pageSize, 0);

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total);
}

/// <summary>The one way a list is paged: clamp the page asked for, fetch only that page's rows, and count them all when the page cannot tell.</summary>
public static class Paging
{
    /// <summary>Past this a page number is nonsense (and would make the database skip far); it is read as the last we allow.</summary>
    public const int MaxPage = 100_000;

    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);

    /// <param name="ordered">The query in a stable order (end with a unique key), so pages neither repeat nor skip rows.</param>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, int? page, int pageSize, CancellationToken ct = default)
    {
        var number = Clamp(page);
        var items = await ordered.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        // A page that is not full is the last, so it tells the total: most lists fit on their first page, and need no count.
        var total = items.Count < pageSize && (items.Count > 0 || number == 1) ? (number - 1) * pageSize + items.Count : await ordered.CountAsync(ct);
        return new Paged<T>(items, number, pageSize, total);
    }
}
