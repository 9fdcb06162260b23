using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Positions;

public static class PositionEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddPositions(this IServiceCollection services)
    {
        services.AddScoped<PositionService>()
            .AddScoped<Privacy.IPersonalData, PositionPersonalData>();
        return services;
    }

    public static void MapPositionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/positions").WithTags("Verv");
        api.MapGet("/{id:guid}", async (Guid id, PositionService s) =>
                Problems.Found(await s.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (PositionInput input, PositionService s) =>
                (await s.AppointAsync(input)).ToCreated(p => $"/api/positions/{p.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, PositionInput input, PositionService s) => (await s.ChangeTermAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}", async (Guid id, long version, PositionService s) =>
                (await s.RemoveAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
    }
}
