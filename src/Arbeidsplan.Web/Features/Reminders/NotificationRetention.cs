using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// Deletes notifications older than Reminders:NotificationRetentionDays (a year by default): they say what was asked of a person,
/// which is personal data kept no longer than it is of use.
/// </summary>
public sealed class NotificationRetention(IClock clock, IOptions<ReminderOptions> options) : ScheduledJob
{
    /// <summary>
    /// A notification is also the key that keeps a reminder from being decided twice, and a reminder can be due from 90 days before
    /// its date to two months after: kept half a year, no key that still matters is deleted.
    /// </summary>
    public const int MinimumDays = 180;

    public override string Name => "notification-retention";

    public override string Label => "Sletting av gamle varsler";

    public override JobSchedule Schedule { get; } = JobSchedule.Daily(new LocalTime(3, 40));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        var before = clock.GetCurrentInstant() - Duration.FromDays(Math.Max(MinimumDays, options.Value.NotificationRetentionDays));
        var deleted = await services.GetRequiredService<AppDbContext>().Notifications.Where(n => n.CreatedAt < before).ExecuteDeleteAsync(ct);
        return $"{deleted} slettet";
    }
}
