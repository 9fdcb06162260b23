using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Jobs;

namespace Arbeidsplan.Web.Features.Audit;

public static class AuditEndpoints
{
    /// <summary>The audit's reading, its retention job, and its part of a person's export and erasure.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditQueries>();
        services.AddJob<AuditRetention>();
        services.AddScoped<Privacy.IPersonalData, AuditPersonalData>();
        return services;
    }

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (Guid? entityId, int? page, AuditQueries q) => TypedResults.Ok(await q.ListAsync(entityId, page ?? 1)))
            .WithTags("Endringslogg").Scoped(ScopeRule.Administrator);
}
