using Arbeidsplan.Web.Documents;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Resolutions;

/// <summary>Resolutions and statements with their follow-up plans, and the media log.</summary>
public static class ResolutionEndpoints
{
    public static IServiceCollection AddResolutions(this IServiceCollection services) =>
        services.AddScoped<ResolutionService>().AddScoped<MediaService>().AddScoped<Privacy.IPersonalData, ResolutionPersonalData>();

    public static void MapResolutionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/resolutions").WithTags("Uttalelser");
        api.MapGet("/", async Task<Results<Ok<Paged<ResolutionRow>>, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, int? page, ResolutionService s) =>
            BadYear(year) ? Problems.BadValue("year", YearMessage)
            : organisationId is { } org && await s.ListAsync(org, year, page) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound())
            .Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        app.MapGet("/api/resolutions.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, ResolutionService s) =>
                BadYear(year) ? Problems.BadValue("year", YearMessage)
                : organisationId is { } org && await s.AllAsync(org, year) is { } rows ? ExcelSheet.File("uttalelser.xlsx", "Uttalelser", Rows(rows)) : Problems.NotFound())
            .ProducesExcel().WithTags("Uttalelser").Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/", async (ResolutionInput input, ResolutionService s) =>
            (await s.CreateAsync(input)).ToHttp(id => TypedResults.Created($"/api/resolutions/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, ResolutionService s) => Problems.Found(await s.FindAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, ResolutionInput input, ResolutionService s) => (await s.EditAsync(id, input)).ToHttp(r => TypedResults.Ok(new IdRow(r))))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/steps", async (Guid id, StepInput input, ResolutionService s) =>
            (await s.AddStepAsync(id, input)).ToHttp(step => TypedResults.Created($"/api/resolutions/{id}", new IdRow(step)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/steps/{stepId:guid}", async (Guid id, Guid stepId, StepInput input, ResolutionService s) =>
            (await s.EditStepAsync(id, stepId, input)).ToHttp(step => TypedResults.Ok(new IdRow(step)))).Scoped(ScopeRule.Organisation);

        var media = app.MapGroup("/api/media").WithTags("Uttalelser");
        media.MapGet("/", async Task<Results<Ok<Paged<MediaRow>>, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, int? page, MediaService s) =>
            BadYear(year) ? Problems.BadValue("year", YearMessage)
            : organisationId is { } org && await s.ListAsync(org, year, page) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound())
            .Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        app.MapGet("/api/media.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, MediaService s) =>
                BadYear(year) ? Problems.BadValue("year", YearMessage)
                : organisationId is { } org && await s.AllAsync(org, year) is { } rows ? TypedResults.File(Xlsx(rows), ExcelSheet.ContentType, "medielogg.xlsx") : Problems.NotFound())
            .ProducesExcel().WithTags("Uttalelser").Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        media.MapPost("/", async (MediaInput input, MediaService s) =>
            (await s.AddAsync(input)).ToHttp(id => TypedResults.Created($"/api/media/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        media.MapDelete("/{id:guid}", async (Guid id, MediaService s) => (await s.RemoveAsync(id)).ToNoContent()).Scoped(ScopeRule.Organisation);
    }

    private const string YearMessage = "Skriv et år mellom 2000 og 2100.";

    private static bool BadYear(int? year) => year is < CalendarYear.First or > CalendarYear.Last;

    /// <summary>The resolutions and statements as a sheet, as the page lists them.</summary>
    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<ResolutionRow> items) => items.Select(r => new Dictionary<string, object?>
    {
        ["Vedtatt"] = NorwegianTime.Format(r.AdoptedOn),
        ["Type"] = r.KindLabel,
        ["Tittel"] = r.Title,
        ["Vedtatt av"] = r.AdoptedBy,
        ["Ansvarlig"] = r.Responsible,
        ["Steg"] = r.Steps,
        ["Steg gjennomført"] = r.StepsDone,
        ["Medieoppslag"] = r.Media,
    });

    /// <summary>The media log as a sheet, a row per piece, newest first as the page shows it.</summary>
    public static byte[] Xlsx(IEnumerable<MediaRow> items)
    {
        var rows = items.Select(m => new Dictionary<string, object?>
        {
            ["Dato"] = NorwegianTime.Format(m.PublishedOn),
            ["Medium"] = m.Outlet,
            ["Tittel"] = m.Title,
            ["Lenke"] = m.Url,
            ["Handler om"] = m.About,
        });
        return ExcelSheet.Write("Medielogg", rows);
    }
}
