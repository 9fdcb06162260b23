using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Organisations;

public static class OrganisationEndpoints
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<OrganisationDirectory>().AddScoped<OrganisationQueries>().AddScoped<OrganisationCommands>();
        return services;
    }

    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisasjoner");
        api.MapGet("/", async (OrganisationQueries q) => TypedResults.Ok(await q.ListAsync()))
            .Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}", async (Guid id, OrganisationQueries q) =>
                Problems.Found(await q.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (OrganisationInput input, OrganisationCommands c) =>
                (await c.CreateAsync(input)).ToCreated(o => $"/api/organisations/{o.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, OrganisationInput input, OrganisationCommands c) =>
                (await c.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }
}
