using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Regions;

public static class RegionEndpoints
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<RegionService>();
        return services;
    }

    public static void MapRegionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/regions").WithTags("Regioner");
        api.MapGet("/", async (Guid organisationId, RegionService s) => TypedResults.Ok(await s.ListAsync(organisationId)))
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/{id:guid}", async (Guid id, RegionService s) =>
                Problems.Found(await s.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (RegionInput input, RegionService s) =>
                (await s.CreateAsync(input)).ToCreated(r => $"/api/regions/{r.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, RegionInput input, RegionService s) => (await s.RenameAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }
}
