using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using NodaTime;

namespace Arbeidsplan.Web.Features.Jobs;

/// <summary>
/// A job the runner starts on its schedule, as the System, in a scope of its own, on one app instance at a time. A feature that
/// has one registers it with <see cref="JobServices.AddJob{T}"/>.
/// </summary>
public abstract class ScheduledJob
{
    /// <summary>The lease's name: stable, since a renamed job would run again the same day.</summary>
    public abstract string Name { get; }

    /// <summary>What the System is doing, as the audit log shows it.</summary>
    public abstract string Label { get; }

    public abstract JobSchedule Schedule { get; }

    /// <summary>Longer than one run can take; a run that takes longer renews it.</summary>
    public virtual Duration LeaseLength => Duration.FromMinutes(10);

    /// <summary>Does the work for the Oslo day <paramref name="day"/>; returns a line for the job's status (counts).</summary>
    public abstract Task<string> RunAsync(IServiceProvider services, LocalDate day, CancellationToken ct);
}

/// <summary>When a job is due: every so often, or once a day from a time of day in Oslo.</summary>
public sealed record JobSchedule(Duration? Every, LocalTime? DailyFrom)
{
    public static JobSchedule Interval(Duration every) => new(every, null);

    public static JobSchedule Daily(LocalTime from) => new(null, from);

    public bool IsDue(Instant now, JobLease lease)
    {
        if (Every is { } every)
        {
            return lease.LastRunAt is not { } last || now - last >= every;
        }
        var oslo = now.InZone(NorwegianTime.Oslo);
        return (lease.LastRunOn is not { } day || day < oslo.Date) && oslo.TimeOfDay >= DailyFrom!.Value;
    }

    public string Describe() => Every is { } every
        ? $"hvert {every.TotalMinutes:0}. minutt"
        : $"daglig fra kl. {DailyFrom!.Value:HH\\:mm}";
}
