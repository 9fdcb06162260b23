using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.PositionTypes;

public static class PositionTypeEndpoints
{
    public static IServiceCollection AddPositionTypes(this IServiceCollection services)
    {
        services.AddScoped<PositionTypeService>().AddScoped<DutyImport>();
        return services;
    }

    public static void MapPositionTypeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/position-types").WithTags("Vervtyper");
        api.MapGet("/", async (PositionTypeService s) => TypedResults.Ok(await s.ListAsync())).Scoped(ScopeRule.SignedIn);
        api.MapGet("/{id:guid}", async (Guid id, PositionTypeService s) =>
                Problems.Found(await s.DetailsAsync(id)))
            .Scoped(ScopeRule.SignedIn);
        api.MapPost("/", async (PositionTypeInput input, PositionTypeService s) =>
                (await s.CreateAsync(input)).ToCreated(t => $"/api/position-types/{t.Id}"))
            .Scoped(ScopeRule.Administrator);
        api.MapPost("/import-duties", async (DutyImportInput input, DutyImport import, CancellationToken ct) => (await import.RunAsync(input, ct)).ToHttp())
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Administrator);
        api.MapPut("/{id:guid}", async (Guid id, PositionTypeInput input, PositionTypeService s) => (await s.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Administrator);
    }
}
