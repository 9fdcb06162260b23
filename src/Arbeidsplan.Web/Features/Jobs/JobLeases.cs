using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Jobs;

/// <summary>Takes, renews and gives back a job's lease with single conditional updates, the same on SQLite and PostgreSQL.</summary>
public sealed class JobLeases(AppDbContext db)
{
    public static readonly Duration FailurePause = Duration.FromMinutes(15);

    /// <summary>Gives the lease back without a run (another instance had done the job).</summary>
    public Task ReleaseAsync(string name, string holder, Instant at, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, at), ct);

    public async Task<JobLease> ReadAsync(string name, CancellationToken ct)
    {
        if (await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, ct) is { } lease)
        {
            return lease;
        }
        db.JobLeases.Add(new JobLease(name));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance made the row at the same moment; theirs is as good.
        }
        db.ChangeTracker.Clear();
        return await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == name, ct);
    }

    /// <summary>Takes the lease if it is free or ours; true when this instance now holds it.</summary>
    public async Task<bool> TryTakeAsync(string name, string holder, Instant now, Duration length, CancellationToken ct) =>
        await db.JobLeases.Where(l => l.Name == name && (l.LeasedUntil < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, now + length), ct) == 1;

    /// <summary>Records the run and gives the lease back in one update, so the next instance to take it sees the run.</summary>
    public async Task FinishAsync(string name, string holder, LocalDate? day, Instant at, string result, CancellationToken ct)
    {
        var line = result.Length > 500 ? result[..500] : result;
        var mine = db.JobLeases.Where(l => l.Name == name && l.Holder == holder);
        if (day is { } done)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, at).SetProperty(l => l.LastRunOn, done)
                .SetProperty(l => l.LastRunAt, at).SetProperty(l => l.LastResult, line), ct);
        }
        else
        {
            // A failed run leaves the last good run as it was, so the job is due again, but the lease is kept from everyone for a
            // quarter of an hour: a failure that repeats does not run the whole job again at every tick.
            await mine.ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, at + FailurePause).SetProperty(l => l.Holder, "")
                .SetProperty(l => l.LastResult, line), ct);
        }
    }
}
