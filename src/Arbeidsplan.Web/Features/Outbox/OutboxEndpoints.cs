using Arbeidsplan.Web.Documents;
using Arbeidsplan.Domain.Reminders;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Jobs;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Outbox;

public static class OutboxEndpoints
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddJob<OutboxDelivery>().AddJob<OutboxRetention>().AddJob<OutboxBounces>();
        services.AddScoped<OutboxQueries>();
        return services;
    }

    public static void MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outbox").WithTags("Utboks");
        api.MapGet("/", async (DeliveryState? state, int? page, OutboxQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(state, page, ct: ct))).Scoped(ScopeRule.Administrator);
        app.MapGet("/api/outbox.xlsx", async (DeliveryState? state, OutboxQueries q, CancellationToken ct) =>
                TypedResults.File(OutboxExport.Xlsx(await q.AllAsync(state, ct)), ExcelSheet.ContentType, "utboks.xlsx"))
            .ProducesExcel().WithTags("Utboks").Scoped(ScopeRule.Administrator);
        api.MapGet("/counts", async (OutboxQueries q, CancellationToken ct) => TypedResults.Ok(await q.CountsAsync(ct))).Scoped(ScopeRule.Administrator);
        api.MapPost("/{id:guid}/retry", async (Guid id, OutboxQueries q) => (await q.RetryAsync(id)).ToHttp()).Scoped(ScopeRule.Administrator);
        api.MapPost("/retry-failed", async (OutboxQueries q) => TypedResults.Ok(new RetriedMessages(await q.RetryFailedAsync()))).Scoped(ScopeRule.Administrator);
    }
}

/// <summary>How many failed messages were put back in the queue.</summary>
public sealed record RetriedMessages(int Retried);
