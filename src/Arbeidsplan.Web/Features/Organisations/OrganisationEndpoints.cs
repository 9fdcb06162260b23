using Arbeidsplan.Domain.Register;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Organisations;

public static class OrganisationEndpoints
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddSingleton<OrganisationRegisterCopy>().AddScoped<OrganisationDirectory>().AddScoped<OrganisationQueries>().AddScoped<OrganisationCommands>().AddScoped<OrganisationLogos>();
        return services;
    }

    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisasjoner");
        api.MapGet("/", async (OrganisationQueries q) => TypedResults.Ok(await q.ListAsync()))
            .Scoped(ScopeRule.FilteredList);
        app.MapGet("/api/organisations.xlsx", async (OrganisationQueries q) =>
            {
                var all = await q.ListAsync();
                var names = all.ToDictionary(o => o.Id, o => o.Name);
                return ExcelSheet.File("organisasjoner.xlsx", "Organisasjoner", all.Select(o => new Dictionary<string, object?>
                {
                    ["Navn"] = o.Name, ["Kortnavn"] = o.ShortName, ["Nivå"] = o.Kind.Label(), ["Under"] = o.ParentId is { } p ? names.GetValueOrDefault(p) : null,
                }));
            })
            .WithTags("Organisasjoner").ProducesExcel().Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}", async (Guid id, OrganisationQueries q) =>
                Problems.Found(await q.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (OrganisationInput input, OrganisationCommands c) =>
                (await c.CreateAsync(input)).ToCreated(o => $"/api/organisations/{o.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, OrganisationInput input, OrganisationCommands c) =>
                (await c.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        MapLogo(api);
    }

    private static void MapLogo(RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/logo", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, OrganisationLogos logos, HttpContext http) =>
            {
                if (await logos.FindAsync(id) is not { } logo)
                {
                    return Problems.NotFound();
                }
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(logo.Content, logo.ContentType);
            })
            .Produces<Stream>(StatusCodes.Status200OK, "image/png", "image/jpeg").Scoped(ScopeRule.Organisation);
        // A form post with the file; the API's callers send no antiforgery token, as with the importers.
        api.MapPut("/{id:guid}/logo", async (Guid id, IFormFile? file, OrganisationLogos logos) =>
                (await logos.SetAsync(id, OrganisationLogos.Read(file))).ToHttp(v => TypedResults.Ok(new LogoVersion(v))))
            .DisableAntiforgery().Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}/logo", async (Guid id, long? version, OrganisationLogos logos) => (await logos.RemoveAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
    }
}

/// <summary>The logo's new version, for the image address that changes with it.</summary>
public sealed record LogoVersion(long Version);
