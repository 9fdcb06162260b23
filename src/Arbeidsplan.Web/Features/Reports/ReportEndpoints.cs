using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Organisations;
using Arbeidsplan.Web.Features.Shared;
using Arbeidsplan.Domain.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.Reports;

/// <summary>Reports (Rapporter): the annual report drafted from the year's data, rewritten section by section and adopted.</summary>
public static class ReportEndpoints
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddScoped<AnnualReportData>().AddScoped<AnnualReportActivity>().AddScoped<AnnualReportService>()
            .AddScoped<ReportFinances>().AddScoped<ReportBranches>().AddScoped<ReportElections>().AddScoped<AnnualAccountsService>()
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
            app.MapGet($"/api/reports/annual.{extension}", async Task<Results<FileStreamHttpResult, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year,
                    AnnualReportService s, AnnualAccountsService accounts, OrganisationLogos logos) =>
                    year is not { } y || y is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi året årsmeldingen gjelder, for eksempel 2026.")
                    : organisationId is { } org && await s.ViewAsync(org, y) is { } report
                        ? TypedResults.File(PaperFormat.Spool(ReportDocument.Build(report, await logos.ForDocumentAsync(org), (await accounts.AuditorPdfAsync(org, y))?.Content), extension), type, ReportDocument.FileName(report, extension))
                        : Problems.NotFound())
                .Produces<Stream>(StatusCodes.Status200OK, type).WithTags("Rapporter").Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        }
        api.MapPut("/sections", async (SectionTextInput input, AnnualReportService s) => (await s.WriteAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/adopt", async (ReportAdoptionInput input, AnnualReportService s) => (await s.AdoptAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/submit", async (ReportAdoptionInput input, AnnualReportService s) => (await s.SubmitAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        MapAccounts(api);
        api.MapPost("/reopen", async (ReportAdoptionInput input, AnnualReportService s) => (await s.ReopenAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
    }

    /// <summary>The accounts' key figures and the auditor's report, read and written with the report.</summary>
    private static void MapAccounts(RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts");
        accounts.MapGet("/", async Task<Results<Ok<AccountsView>, NotFoundProblem, ValidationProblem>> (Guid? organisationId, int? year, AnnualAccountsService s) =>
                year is not { } y || y is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi året regnskapet gjelder, for eksempel 2026.")
                : organisationId is { } org && await s.ViewAsync(org, y) is { } view ? TypedResults.Ok(view) : Problems.NotFound())
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        accounts.MapPut("/", async (AccountsInput input, AnnualAccountsService s) => (await s.SetAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        // Form posts with the file; the API's callers send no antiforgery token, as with the other importers.
        accounts.MapPost("/import", async ([FromForm] AccountsFileForm form, AnnualAccountsService s) =>
                (await s.ImportAsync(form.OrganisationId, form.Year, form.File?.FileName ?? "", AccountsFile(form.File), form.Apply)).ToHttp(Imported))
            .DisableAntiforgery().WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        accounts.MapPut("/auditor", async ([FromForm] AccountsFileForm form, AnnualAccountsService s) =>
                (await s.SetAuditorAsync(form.OrganisationId, form.Year, form.File?.FileName ?? "", UploadedFile.Bytes(form.File, AuditorReport.MaxBytes))).ToHttp())
            .DisableAntiforgery().Scoped(ScopeRule.Organisation);
        accounts.MapDelete("/auditor", async (Guid organisationId, int year, long? version, AnnualAccountsService s) => (await s.RemoveAuditorAsync(organisationId, year, version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        accounts.MapGet("/auditor.pdf", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid organisationId, int year, AnnualAccountsService s) =>
                await s.AuditorFileAsync(organisationId, year) is { } file ? TypedResults.File(file.Content, PdfWriter.ContentType, file.FileName) : Problems.NotFound())
            .Produces<Stream>(StatusCodes.Status200OK, PdfWriter.ContentType).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
    }

    public static Outcome<string> AccountsFile(IFormFile? file) => UploadedFile.Read(file, AnnualAccountsService.MaxSheetBytes,
        (name, stream) => SheetText.Read(name, stream, "Velg regnskapet som Excel (.xlsx) eller CSV (.csv)."));

    /// <summary>Saved (201), a line that cannot be used (400, nothing saved), or what the sheet gave (200).</summary>
    private static Results<Created<AccountsImportResult>, ValidationProblem, Ok<AccountsImportResult>> Imported(AccountsImportResult r) => r switch
    {
        { Saved: true } => TypedResults.Created("/api/reports/annual/accounts", r),
        { Problems.Count: > 0 } => TypedResults.ValidationProblem(
            r.Problems.GroupBy(p => p.Line == 0 ? "File" : $"Linje {p.Line}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: "Regnskapet kan ikke leses slik det står. Ingenting er lagret.", title: "Ugyldige opplysninger"),
        _ => TypedResults.Ok(r),
    };
}

public sealed class AccountsFileForm
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public bool Apply { get; set; }
    public IFormFile? File { get; set; }
}
