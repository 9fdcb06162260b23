using Arbeidsplan.Domain.Common;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>One message as the administrator's outbox lists it.</summary>
public sealed record OutboxRow(
    Guid Id, string To, string Subject, DeliveryState State, string StateLabel, int Attempts, string? LastError,
    Instant CreatedAt, Instant? SentAt, Instant NextAttemptAt, string? Kind);

public sealed record OutboxCounts(int Waiting, int Sent, int Failed, bool SmtpConfigured);

/// <summary>The outbox for administrators: every message with its state, counts, and a retry of what failed.</summary>
public sealed class OutboxQueries(AppDbContext db, IClock clock, EmailSender email, AuditLog audit)
{
    public const int PageSize = 50;

    public async Task<Paged<OutboxRow>> ListAsync(DeliveryState? state, int? page, int pageSize = PageSize, CancellationToken ct = default)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(m => m.State == s);
        }
        var rows = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.ToAddress, m.Subject, m.State, m.Attempts, m.LastError, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.Kind })
            .ToPagedAsync(page, pageSize, ct);
        return rows.Select(m => new OutboxRow(m.Id, m.ToAddress, m.Subject, m.State, Label(m.State), m.Attempts, m.LastError,
            m.CreatedAt, m.SentAt, m.NextAttemptAt, m.Kind is { } k ? ReminderKinds.Label(k) : null));
    }

    /// <summary>The most a sheet holds: the outbox keeps only Outbox:RetentionDays of messages, and a sheet is bounded work.</summary>
    public const int MaxExport = 100_000;

    /// <summary>The newest messages in a state, for the sheet.</summary>
    public async Task<IReadOnlyList<OutboxRow>> AllAsync(DeliveryState? state, CancellationToken ct = default)
    {
        var rows = (await ListAsync(state, 1, MaxExport, ct)).Items;
        // The sheet carries names and addresses out of the app: who took it, and how many, is written down.
        await audit.FlushBulkAsync(nameof(OutboxMessage), Guid.Empty, "Exported", new Dictionary<string, string?>
        {
            ["Status"] = state is { } s ? Label(s) : "Alle", ["Antall"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return rows;
    }

    public async Task<OutboxCounts> CountsAsync(CancellationToken ct = default)
    {
        var counts = await db.OutboxMessages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(DeliveryState s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new OutboxCounts(Of(DeliveryState.Waiting), Of(DeliveryState.Sent), Of(DeliveryState.Failed), email.IsConfigured);
    }

    /// <summary>Puts a failed (or waiting) message first in line again; audited, since it sends something to someone.</summary>
    public Task<Outcome<IdRow>> RetryAsync(Guid id) => Outcome.Try(async () =>
    {
        if (await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id) is not { } message)
        {
            return Outcome<IdRow>.NotFound("Fant ikke meldingen.");
        }
        message.Retry(clock.GetCurrentInstant());
        audit.Bulk(nameof(OutboxMessage), id, "Retried", new Dictionary<string, string?> { ["Emne"] = message.Subject, ["Til"] = message.ToAddress });
        await db.SaveChangesAsync();
        return new IdRow(id);
    });

    /// <summary>Every failed message in line again, after the server's trouble is fixed.</summary>
    public async Task<int> RetryFailedAsync()
    {
        var now = clock.GetCurrentInstant();
        var count = await db.OutboxMessages.Where(m => m.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, DeliveryState.Waiting).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Attempts, 0));
        if (count > 0)
        {
            await audit.FlushBulkAsync(nameof(OutboxMessage), Guid.Empty, "Retried",
                new Dictionary<string, string?> { ["Antall"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return count;
    }

    public static string Label(DeliveryState state) => state switch
    {
        DeliveryState.Waiting => "Venter",
        DeliveryState.Sent => "Sendt",
        _ => "Feilet",
    };

    public static string When(Instant at) => NorwegianTime.Format(at);
}
