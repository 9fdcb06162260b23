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
        // The types of the chosen organisation's party, or of every party the caller reads.
        api.MapGet("/", async (Guid? organisationId, PositionTypeService s) =>
                TypedResults.Ok(organisationId is { } id ? await s.ListAsync(id) : await s.ListReadableAsync()))
            .ChoosesOrganisation(required: false).Scoped(ScopeRule.SignedIn);
        api.MapGet("/{id:guid}", async (Guid id, PositionTypeService s) =>
                await s.DetailsAsync(id) is { } type ? Results.Ok(type) : Problems.NotFound())
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
