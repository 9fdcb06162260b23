using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

public sealed class ReminderOptions
{
    /// <summary>Off until an administrator has set App:BaseUrl (a job has no request to take the address from) and turned it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The hour in Oslo the day's reminders go out.</summary>
    public int SendHour { get; set; } = 7;
}

/// <summary>
/// The day's reminders, once a day at the set hour in Oslo: decides what is due (<see cref="ReminderPlanner"/>) and writes each new
/// one as a notification and, for people with an address, an outbox message, in one transaction per batch. A key already taken
/// (a run repeated, a second instance, a restart) is skipped, so nobody is reminded twice of one thing.
/// </summary>
public sealed class ReminderRun(IOptions<ReminderOptions> options, IClock clock) : ScheduledJob
{
    private const int Batch = 500;

    public override string Name => "reminders";

    public override string Label => "Påminnelser";

    public override JobSchedule Schedule => JobSchedule.Daily(new LocalTime(Math.Clamp(options.Value.SendHour, 0, 23), 0));

    public override async Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return "Påminnelser er slått av";
        }
        var (notified, mailed) = await WriteAsync(services, day, ct);
        return $"{notified} varsler, {mailed} e-poster";
    }

    public async Task<(int Notified, int Mailed)> WriteAsync(IServiceProvider services, LocalDate day, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var messages = services.GetRequiredService<ReminderMessages>();
        var planned = await services.GetRequiredService<ReminderPlanner>().PlanAsync(day, ct);
        var (notified, mailed) = (0, 0);
        foreach (var batch in planned.DistinctBy(p => p.Key).Chunk(Batch))
        {
            var keys = batch.Select(p => p.Key).ToList();
            var taken = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet();
            var now = clock.GetCurrentInstant();
            foreach (var reminder in batch.Where(p => !taken.Contains(p.Key)))
            {
                db.Notifications.Add(messages.Notification(reminder, now));
                notified++;
                if (!string.IsNullOrWhiteSpace(reminder.Person.Email))
                {
                    db.OutboxMessages.Add(messages.Email(reminder, now));
                    mailed++;
                }
            }
            // The decision and the message are one transaction: either both are there, or neither and the next run decides again.
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return (notified, mailed);
    }
}
