using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>Reports (Rapporter): the annual report drafted from the year's data, rewritten section by section and adopted.</summary>
public static class ReportEndpoints
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddScoped<AnnualReportData>().AddScoped<AnnualReportActivity>().AddScoped<AnnualReportService>()
            .AddScoped<Privacy.IPersonalData, ReportPersonalData>();

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports/annual").WithTags("Rapporter");
        api.MapGet("/", async Task<Results<Ok<AnnualReportView>, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, AnnualReportService s) =>
                year is not { } y || y is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi året årsmeldingen gjelder, for eksempel 2026.")
                : organisationId is { } org && await s.ViewAsync(org, y) is { } report ? TypedResults.Ok(report) : Problems.NotFound())
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        foreach (var (extension, type) in PaperFormat.All)
        {
            app.MapGet($"/api/reports/annual.{extension}", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year,
                    AnnualReportService s, OrganisationLogos logos) =>
                    year is not { } y || y is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi året årsmeldingen gjelder, for eksempel 2026.")
                    : organisationId is { } org && await s.ViewAsync(org, y) is { } report
                        ? TypedResults.File(PaperFormat.Render(ReportDocument.Build(report, await logos.ForDocumentAsync(org)), extension), type, ReportDocument.FileName(report, extension))
                        : Problems.NotFound())
                .Produces<Stream>(StatusCodes.Status200OK, type).WithTags("Rapporter").Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        }
        api.MapPut("/sections", async (SectionTextInput input, AnnualReportService s) => (await s.WriteAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/adopt", async (ReportAdoptionInput input, AnnualReportService s) => (await s.AdoptAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/submit", async (ReportAdoptionInput input, AnnualReportService s) => (await s.SubmitAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/reopen", async (ReportAdoptionInput input, AnnualReportService s) => (await s.ReopenAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
    }
}
