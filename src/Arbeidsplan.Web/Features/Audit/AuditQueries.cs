using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Audit;

public sealed record AuditRow(Instant At, string Actor, string EntityType, Guid EntityId, string Action, string? Before, string? After);

public sealed record AuditLogPage(IReadOnlyList<AuditRow> Items, int Page, int PageSize, int Total);

/// <summary>Reads the audit log newest first, a page at a time.</summary>
public sealed class AuditQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditLogPage> ListAsync(Guid? entityId, int page)
    {
        page = Math.Max(1, page);
        var query = db.AuditEntries.AsNoTracking();
        if (entityId is { } id)
        {
            query = query.Where(a => a.EntityId == id);
        }
        var total = await query.CountAsync();
        var items = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditRow(a.At, a.Actor, a.EntityType, a.EntityId, a.Action, a.Before, a.After))
            .ToListAsync();
        return new AuditLogPage(items, page, PageSize, total);
    }
}
