using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Audit;

/// <summary>
/// Deletes audit entries older than Audit:RetentionDays (five years by default; 0 keeps them for ever), once a day, as the System.
/// The log holds personal data, so it is kept no longer than it serves.
/// </summary>
public sealed class AuditRetention(IClock clock, IConfiguration configuration) : ScheduledJob
{
    public const int DefaultDays = 1826;

    public override string Name => "audit-retention";

    public override string Label => "Sletting av gammel endringslogg";

    public override JobSchedule Schedule { get; } = JobSchedule.Daily(new LocalTime(3, 0));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        var days = configuration.GetValue("Audit:RetentionDays", DefaultDays);
        return days <= 0 ? "Endringsloggen beholdes" : $"{await DeleteOlderThanAsync(services, Duration.FromDays(days), ct)} slettet";
    }

    /// <summary>Deletes in the runner's scope, where the System is the actor the deletion is logged under.</summary>
    public async Task<int> DeleteOlderThanAsync(IServiceProvider services, Duration age, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var before = clock.GetCurrentInstant() - age;
        var deleted = await db.AuditEntries.Where(a => a.At < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            await services.GetRequiredService<AuditLog>().FlushBulkAsync(nameof(AuditEntry), Guid.Empty, "Deleted",
                new Dictionary<string, string?> { ["Eldre enn"] = NorwegianTime.Format(before), ["Antall"] = deleted.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return deleted;
    }
}
