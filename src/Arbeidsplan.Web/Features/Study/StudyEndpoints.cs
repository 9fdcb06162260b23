using Microsoft.AspNetCore.Http.HttpResults;
using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Study;

public static class StudyEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddStudy(this IServiceCollection services)
    {
        services.AddScoped<StudyService>()
            .AddScoped<Privacy.IPersonalData, StudyPersonalData>();
        return services;
    }

    public static void MapStudyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/study").WithTags("Studier");
        api.MapGet("/", async (Guid? organisationId, int? year, StudyService s) =>
            Problems.Found(organisationId is { } org ? await s.OverviewAsync(org, year) : null)).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapGet("/circles", async (Guid? organisationId, int? year, StudyService s) =>
            Problems.Found(organisationId is { } org ? (await s.OverviewAsync(org, year))?.Circles : null)).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/circles.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, int? year, StudyService s) =>
                organisationId is { } org && await s.OverviewAsync(org, year) is { } o
                    ? ExcelSheet.File($"studieringer-{o.Year}.xlsx", $"Studieringer {o.Year}", StudyExport.Circles(o.Circles)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/hours.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, int? year, StudyService s) =>
                organisationId is { } org && await s.OverviewAsync(org, year) is { } o
                    ? ExcelSheet.File($"studietimer-{o.Year}.xlsx", $"Studietimer {o.Year}", StudyExport.Hours(o.Hours)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/circles", async (CircleInput input, StudyService s) =>
            (await s.AddCircleAsync(input)).ToHttp(id => TypedResults.Created($"/api/study/circles/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/circles/{id:guid}", async (Guid id, CircleInput input, StudyService s) =>
            (await s.UpdateCircleAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        api.MapDelete("/circles/{id:guid}", async (Guid id, long version, StudyService s) =>
            (await s.DeleteCircleAsync(id, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
        api.MapGet("/hours", async (Guid? organisationId, int? year, StudyService s) =>
            Problems.Found(organisationId is { } org ? (await s.OverviewAsync(org, year))?.Hours : null)).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/materials", async (Guid? organisationId, StudyService s) =>
            Problems.Found(organisationId is { } org ? await s.MaterialsAsync(org) : null)).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/materials", async (MaterialInput input, StudyService s) =>
            (await s.AddMaterialAsync(input)).ToHttp(id => TypedResults.Created($"/api/study/materials?organisationId={input.OrganisationId}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/requirements", async (Guid? organisationId, int? year, StudyService s) =>
            Problems.Found(organisationId is { } org && await s.OverviewAsync(org, year) is { } o ? new RequirementsOverview(o.Requirements, o.Matrix) : null))
            .Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/requirements.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, int? year, StudyService s) =>
                organisationId is { } org && await s.OverviewAsync(org, year) is { } o
                    ? ExcelSheet.File($"studiekrav-{o.Year}.xlsx", $"Studiekrav {o.Year}", StudyExport.Requirements(o.Requirements, o.Matrix)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/materials.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, StudyService s) =>
                organisationId is { } org && await s.MaterialsAsync(org) is { } m
                    ? ExcelSheet.File("studiemateriell.xlsx", "Studiemateriell", StudyExport.Materials(m)) : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/requirements", async (RequirementInput input, StudyService s) =>
            (await s.AddRequirementAsync(input)).ToHttp(id => TypedResults.Created($"/api/study/requirements?organisationId={input.OrganisationId}&year={input.Year}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
    }
}

/// <summary>The study requirements and the branches' standing against them.</summary>
public sealed record RequirementsOverview(IReadOnlyList<RequirementRow> Requirements, IReadOnlyList<MatrixRow> Matrix);
