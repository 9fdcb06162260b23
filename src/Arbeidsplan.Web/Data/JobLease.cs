using NodaTime;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// One scheduled job's lease: the app instance that holds it until <see cref="LeasedUntil"/> runs the job, every other waits. Taken
/// by one conditional update, which SQLite and PostgreSQL both do atomically, so two instances on one database never run a job at
/// once; an instance that dies lets its lease run out. <see cref="LastRunOn"/> is the Oslo day the job last finished.
/// </summary>
public sealed class JobLease
{
    private JobLease() => Name = "";

    public JobLease(string name)
    {
        Name = name;
        Holder = "";
    }

    public string Name { get; private set; }
    public string? Holder { get; private set; }
    public Instant LeasedUntil { get; private set; }
    public LocalDate? LastRunOn { get; private set; }
    public Instant? LastRunAt { get; private set; }
    public string? LastResult { get; private set; }
}
