using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Outbox;

/// <summary>
/// Deletes sent and failed messages older than Outbox:RetentionDays (90 by default): they hold names, addresses and what was
/// asked of people, and are kept only as long as someone might ask whether a reminder went out.
/// </summary>
public sealed class OutboxRetention(IClock clock, IConfiguration configuration) : ScheduledJob
{
    public const int DefaultDays = 90;

    public override string Name => "outbox-retention";

    public override string Label => "Sletting av gammel e-post i utboksen";

    public override JobSchedule Schedule { get; } = JobSchedule.Daily(new LocalTime(3, 30));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        var days = configuration.GetValue("Outbox:RetentionDays", DefaultDays);
        if (days <= 0)
        {
            return "Utboksen beholdes";
        }
        var before = clock.GetCurrentInstant() - Duration.FromDays(days);
        var db = services.GetRequiredService<AppDbContext>();
        // Waiting ones too: a reminder that could not be sent for that long is out of date, and it holds personal data.
        var deleted = await db.OutboxMessages.Where(m => m.CreatedAt < before).ExecuteDeleteAsync(ct);
        return $"{deleted} slettet";
    }
}
