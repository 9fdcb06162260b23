using Arbeidsplan.Web.Features.Access;

namespace Arbeidsplan.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (Guid? entityId, int? page, AuditQueries q) => TypedResults.Ok(await q.ListAsync(entityId, page ?? 1)))
            .WithTags("Endringslogg").Scoped(ScopeRule.Administrator);
}
