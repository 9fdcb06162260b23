using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Persons;

public static class PersonEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddPersons(this IServiceCollection services)
    {
        services.AddScoped<PersonService>().AddScoped<PublicOfficeService>()
            .AddScoped<Privacy.IPersonalData, PersonPersonalData>();
        return services;
    }

    private const int MaxSheetRows = 20_000;

    public static void MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/persons").WithTags("Personer");
        api.MapGet("/", async (string? search, int? page, PersonService s) => TypedResults.Ok(await s.ListAsync(search, page ?? 1)))
            .Scoped(ScopeRule.FilteredList);
        // The register as the page searches it, every row (a county's people are a few thousand at most).
        app.MapGet("/api/persons.xlsx", async (string? search, PersonService s) =>
                ExcelSheet.File("personer.xlsx", "Personer", (await s.ListAsync(search, 1, MaxSheetRows)).Items.Select(p => new Dictionary<string, object?>
                {
                    ["Navn"] = p.Name, ["E-post"] = p.Email, ["Organisasjon"] = p.OrganisationName,
                })))
            .WithTags("Personer").ProducesExcel().Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}", async (Guid id, PersonService s) =>
                Problems.Found(await s.DetailsAsync(id)))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (PersonInput input, PersonService s) => (await s.CreateAsync(input)).ToCreated(p => $"/api/persons/{p.Id}"))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, PersonInput input, PersonService s) => (await s.UpdateAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);

        var offices = app.MapGroup("/api/public-offices").WithTags("Folkevalgte verv");
        offices.MapPost("/", async (PublicOfficeInput input, PublicOfficeService s) =>
                (await s.AddAsync(input)).ToCreated(o => $"/api/persons/{input.PersonId}"))
            .Scoped(ScopeRule.Organisation);
        offices.MapDelete("/{id:guid}", async (Guid id, long version, PublicOfficeService s) =>
                (await s.RemoveAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
    }
}
