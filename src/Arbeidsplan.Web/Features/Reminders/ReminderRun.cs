using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Arbeidsplan.Web.Features.Reminders;

/// <summary>
/// The day's reminders, once a day at the set hour in Oslo: decides what is due (<see cref="ReminderPlanner"/>) and writes each new
/// one as a notification and, for people with an address, one outbox message a person with all of theirs, in one transaction per
/// batch of people. A key already taken (a run repeated, a second instance, a restart) is skipped, so nobody is reminded twice of one thing.
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
        var since = clock.GetCurrentInstant() - Duration.FromDays(OutboxMessage.BounceQuietDays);
        var bounced = (await db.OutboxMessages.AsNoTracking().Where(m => m.BouncedAt >= since).Select(m => m.ToAddress).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (notified, mailed) = (0, 0);
        var people = planned.DistinctBy(p => p.Key).GroupBy(p => p.Person.PersonId).Select(g => g.ToList());
        foreach (var batch in people.Chunk(Batch))
        {
            var taken = await ReminderPlanner.TakenAsync(db, batch.SelectMany(p => p).Select(p => p.Key), ct);
            var now = clock.GetCurrentInstant();
            foreach (var fresh in batch.Select(p => p.Where(r => !taken.Contains(r.Key)).ToList()).Where(p => p.Count > 0))
            {
                db.Notifications.AddRange(fresh.Select(r => messages.Notification(r, now)));
                notified += fresh.Count;
                // An address that bounced lately is left out; the person still sees the reminders in the app.
                if (fresh[0].Person.Email is { } address && !string.IsNullOrWhiteSpace(address) && !bounced.Contains(address))
                {
                    db.OutboxMessages.Add(messages.Email(fresh, now));
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
