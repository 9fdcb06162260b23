using System.Text.Json;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>Writes an audit entry, in the same transaction, for every change to a row of a type marked <see cref="IAudited"/>, with the scope's actor.</summary>
public sealed class AuditInterceptor(ActorContext actor, IClock clock) : SaveChangesInterceptor
{
    /// <summary>An annotation on a column computed from others (a sort key, the months of a timing): left out of the audit entries.</summary>
    public const string Derived = "Arbeidsplan:Derived";

    // Identity columns that must never reach the audit log, and Identity's bookkeeping we do not use (no lockout, no phone sign-in).
    private static readonly HashSet<string> Secret =
    [
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "NormalizedEmail", "NormalizedUserName",
        "AccessFailedCount", "LockoutEnabled", "LockoutEnd", "PhoneNumberConfirmed",
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetCurrentInstant();
        // The register's stamp is the app's bookkeeping, written with every organisation's change that is audited in its own right.
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited and not SystemSetting { Key: SystemSetting.OrganisationsChanged } && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToAudit(e, now))
            .Where(a => a is not null)
            .ToList();
        context.AddRange(entries!);
    }

    private AuditEntry? ToAudit(EntityEntry entry, Instant now)
    {
        var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
        var after = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false);
        if (before is not null && after is not null && before.SequenceEqual(after))
        {
            return null;
        }
        // Entities with a composite key (a mark on a branch's list) are filed under the first id in their key.
        var idValue = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue).FirstOrDefault(v => v is Guid or string);
        return new AuditEntry
        {
            At = now,
            Actor = actor.Name,
            ActorUserId = actor.UserId,
            ActorPersonId = actor.PersonId,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = idValue switch { Guid g => g, string s when Guid.TryParse(s, out var g) => g, _ => Guid.Empty },
            Action = entry.State.ToString(),
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        };
    }

    private static SortedDictionary<string, string?> Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, string?>();
        foreach (var property in entry.Properties.Where(p => !Secret.Contains(p.Metadata.Name) && p.Metadata.Name != "Version" && p.Metadata.FindAnnotation(Derived) is null))
        {
            values[property.Metadata.Name] = Format(original ? property.OriginalValue : property.CurrentValue);
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                values[$"{complex.Metadata.Name}.{property.Metadata.Name}"] =
                    Format(original ? property.OriginalValue : property.CurrentValue);
            }
        }
        return values;
    }

    // Dates and instants in ISO 8601, so the audit page can show them the Norwegian way.
    private static string? Format(object? value) => value switch
    {
        null => null,
        // A document's content is named by its size and fingerprint: the log says which file, without holding a copy of it.
        byte[] bytes => $"{bytes.Length} byte, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}",
        LocalDate date => NodaTime.Text.LocalDatePattern.Iso.Format(date),
        Instant instant => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant),
        LocalTime time => NodaTime.Text.LocalTimePattern.ExtendedIso.Format(time),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object>()),
        _ => value.ToString(),
    };
}
