using Arbeidsplan.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Arbeidsplan.Web;

/// <summary>Healthy when the database answers; what a load balancer needs to know.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Databasen svarer ikke.");
}
