using Arbeidsplan.Web.Operations;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Arbeidsplan.Web.Features.Jobs;

/// <summary>
/// Runs the registered jobs when they are due, every Jobs:TickSeconds, with the injected clock (tests move time and call
/// <see cref="RunDueAsync"/>). Several app instances on one database each run this loop; a job's lease lets one of them run it and
/// the others find it done. Chosen over Quartz's clustered store: the same two statements work on SQLite and PostgreSQL, and the
/// jobs are few and coarse.
/// </summary>
public sealed class JobRunner(IEnumerable<ScheduledJob> jobs, IServiceScopeFactory scopes, IClock clock, IConfiguration configuration, StartupPreparation preparation,
    ILogger<JobRunner> logger)
    : BackgroundService
{
    /// <summary>Who holds a lease: this process, told apart from another instance on the same machine.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public IReadOnlyList<ScheduledJob> Jobs { get; } = jobs.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }
        // Not before the database has its tables (migrations and the demo run while the app starts).
        try
        {
            await preparation.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!preparation.IsReady)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Jobs:TickSeconds", 60))));
        do
        {
            await RunDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs every job that is due and whose lease this instance gets; returns the names of those it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var job in Jobs)
        {
            if (await TryRunAsync(job, force: false, ct))
            {
                ran.Add(job.Name);
            }
        }
        return ran;
    }

    /// <summary>Runs one job now whether or not it is due (still only where the lease is free).</summary>
    public Task<bool> RunNowAsync(string name, CancellationToken ct = default) =>
        TryRunAsync(Jobs.Single(j => j.Name == name), force: true, ct);

    private async Task<bool> TryRunAsync(ScheduledJob job, bool force, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            var now = clock.GetCurrentInstant();
            var lease = await leases.ReadAsync(job.Name, ct);
            if (!force && !job.Schedule.IsDue(now, lease))
            {
                return false;
            }
            if (!await leases.TryTakeAsync(job.Name, Holder, now, job.LeaseLength, ct))
            {
                return false;
            }
            // Read again under the lease: another instance may have finished the job between our look and our taking it.
            if (!force && !job.Schedule.IsDue(now, await leases.ReadAsync(job.Name, ct)))
            {
                await leases.ReleaseAsync(job.Name, Holder, now, ct);
                return false;
            }
            await RunLeasedAsync(job, leases, now, ct);
            return true;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Could not take or run job {Job}; trying at the next tick", job.Name);
            return false;
        }
    }

    private async Task RunLeasedAsync(ScheduledJob job, JobLeases leases, Instant now, CancellationToken ct)
    {
        var day = now.InZone(NorwegianTime.Oslo).Date;
        string result;
        LocalDate? done = day;
        using var span = Telemetry.Source.StartActivity($"Jobb {job.Name}");
        try
        {
            await using var work = scopes.CreateAsyncScope();
            using var system = work.ServiceProvider.GetRequiredService<ActorContext>().ActAsSystem(job.Label);
            result = await job.RunAsync(work.ServiceProvider, day, ct);
            logger.LogInformation("Job {Job} ran for {Day} on {Holder}: {Result}", job.Name, day, Holder, result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {Job} failed", job.Name);
            (result, done) = ($"Feilet: {e.Message}", null);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
        }
        Telemetry.JobRuns.Add(1, new KeyValuePair<string, object?>("job", job.Name), new KeyValuePair<string, object?>("outcome", done is null ? "feilet" : "ok"));
        await leases.FinishAsync(job.Name, Holder, done, clock.GetCurrentInstant(), result, CancellationToken.None);
    }
}
