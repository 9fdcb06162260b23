using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Audit;

/// <summary>
/// Deletes audit entries older than Audit:RetentionDays (five years by default; 0 keeps them for ever), at start and then daily, as
/// the System. The log holds personal data, so it is kept no longer than it serves. Deleting twice from two instances is harmless.
/// </summary>
public sealed class AuditRetention(IServiceScopeFactory scopes, IClock clock, IConfiguration configuration, ILogger<AuditRetention> logger) : BackgroundService
{
    public const int DefaultDays = 1826;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = configuration.GetValue("Audit:RetentionDays", DefaultDays);
        if (days <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await DeleteOlderThanAsync(Duration.FromDays(days), stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Could not delete old audit entries; trying again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> DeleteOlderThanAsync(Duration age, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem("Sletting av gammel endringslogg");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = clock.GetCurrentInstant() - age;
        var deleted = await db.AuditEntries.Where(a => a.At < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>().FlushBulkAsync(nameof(AuditEntry), Guid.Empty, "Deleted",
                new Dictionary<string, string?> { ["Eldre enn"] = NorwegianTime.Format(before), ["Antall"] = deleted.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return deleted;
    }
}
