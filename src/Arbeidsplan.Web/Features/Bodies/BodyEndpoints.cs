using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Bodies;

public static class BodyEndpoints
{
    public static IServiceCollection AddBodies(this IServiceCollection services)
    {
        services.AddScoped<BodyService>();
        return services;
    }

    public static void MapBodyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bodies").WithTags("Styrer og utvalg");
        api.MapGet("/", async (Guid organisationId, BodyService s) => TypedResults.Ok(await s.ListAsync(organisationId)))
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/{id:guid}", async (Guid id, BodyService s) =>
                Problems.Found(await s.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (BodyInput input, BodyService s) => (await s.CreateAsync(input)).ToCreated(b => $"/api/bodies/{b.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, BodyInput input, BodyService s) => (await s.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }
}
