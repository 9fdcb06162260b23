using System.Text.Json;
using Arbeidsplan.Web.Features.Access;
using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// Audit entries for writes that go past the change tracker (bulk inserts and ExecuteDelete): one entry with what was written
/// and how much, not one per row. Saved with the context's next SaveChanges, in the same transaction.
/// </summary>
public sealed class AuditLog(AppDbContext db, ActorContext actor, IClock clock)
{
    /// <summary>A bulk entry saved at once, for work that saves nothing else afterwards.</summary>
    public async Task FlushBulkAsync(string entityType, Guid entityId, string action, IReadOnlyDictionary<string, string?> summary)
    {
        Bulk(entityType, entityId, action, summary);
        await db.SaveChangesAsync();
    }

    public void Bulk(string entityType, Guid entityId, string action, IReadOnlyDictionary<string, string?> summary) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(), Actor = actor.Name, ActorUserId = actor.UserId, ActorPersonId = actor.PersonId,
            EntityType = entityType, EntityId = entityId, Action = action,
            After = action == "Deleted" ? null : JsonSerializer.Serialize(summary),
            Before = action == "Deleted" ? JsonSerializer.Serialize(summary) : null,
        });
}
