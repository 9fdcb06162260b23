using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Municipalities;

public static class MunicipalityEndpoints
{
    public static IServiceCollection AddMunicipalities(this IServiceCollection services)
    {
        services.AddScoped<MunicipalityService>();
        return services;
    }

    public static void MapMunicipalityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/municipalities").WithTags("Kommuner");
        api.MapGet("/", async (MunicipalityService s) => TypedResults.Ok(await s.ListAsync())).Scoped(ScopeRule.SignedIn);
        api.MapPost("/", async (MunicipalityInput input, MunicipalityService s) =>
                (await s.CreateAsync(input)).ToCreated(m => $"/api/municipalities/{m.Id}"))
            .Scoped(ScopeRule.Administrator);
        api.MapPut("/{id:guid}", async (Guid id, MunicipalityInput input, MunicipalityService s) => (await s.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Administrator);
    }
}
