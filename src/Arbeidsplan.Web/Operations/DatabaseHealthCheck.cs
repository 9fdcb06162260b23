using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Arbeidsplan.Web.Operations;

/// <summary>
/// Healthy when the database answers and has every migration this build knows: what a load balancer asks before it sends an
/// instance requests (/health/ready), so an instance whose database is behind or gone takes none.
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db, StartupPreparation preparation) : IHealthCheck
{
    /// <summary>The tag of the checks that /health/ready runs; /health/live runs none (the process answers).</summary>
    public const string Ready = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!preparation.IsReady)
        {
            return HealthCheckResult.Unhealthy(preparation.Current == StartupPreparation.Stage.Failed ? "Databasen kunne ikke gjøres klar." : "Databasen gjøres klar.");
        }
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("Databasen svarer ikke.");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"Databasen mangler {pending} migreringer.");
    }
}
