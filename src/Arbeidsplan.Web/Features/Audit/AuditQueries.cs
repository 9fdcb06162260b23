using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Audit;

/// <param name="Type">The kind of thing in Norwegian ("Verv"), beside its code name in <paramref name="EntityType"/>.</param>
public sealed record AuditRow(Instant At, string Actor, Guid? ActorPersonId, string EntityType, string Type, Guid EntityId, string Action, string ActionLabel,
    IReadOnlyList<AuditChange> Changes);


/// <summary>Reads the audit log newest first, a page at a time, in Norwegian; for system administrators.</summary>
public sealed class AuditQueries(AppDbContext db, Guard guard)
{
    public const int PageSize = 50;

    public async Task<Paged<AuditRow>> ListAsync(Guid? entityId, int page)
    {
        if (!await guard.IsAdministrator())
        {
            return Paged<AuditRow>.Empty(PageSize);
        }
        var query = db.AuditEntries.AsNoTracking();
        if (entityId is { } id)
        {
            query = query.Where(a => a.EntityId == id || a.ActorPersonId == id);
        }
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.At, a.Actor, a.ActorPersonId, a.EntityType, a.EntityId, a.Action, a.Before, a.After })
            .ToPagedAsync(page, PageSize);
        // The Norwegian texts are made here, from the stored JSON, for the one page shown.
        return entries.Select(a => new AuditRow(a.At, a.Actor, a.ActorPersonId, a.EntityType, AuditText.Type(a.EntityType), a.EntityId, a.Action,
            AuditText.Action(a.Action), AuditText.Changes(a.Before, a.After)));
    }
}
