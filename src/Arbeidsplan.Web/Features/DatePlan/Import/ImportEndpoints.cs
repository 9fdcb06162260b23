using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Arbeidsplan.Web.Features.DatePlan.Import;

/// <summary>A date plan imported from text, a Word or Excel file, or iCalendar: previewed, then saved all or nothing.</summary>
public static class ImportEndpoints
{
    public static void MapImport(this RouteGroupBuilder api)
    {
        api.MapPost("/import", async (DatePlanImportInput input, DatePlanImport i, CancellationToken ct) => Imported(await i.RunAsync(input, ct)))
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapPost("/import/file", async ([FromForm] DatePlanImportForm form, DatePlanImport i, CancellationToken ct) =>
            {
                var read = UploadedFile.Read(form.File, DatePlanImport.MaxFileBytes, DatePlanImport.ReadFile);
                if (!read.IsOk)
                {
                    return Imported(Outcome<DatePlanImportResult>.Invalid("File", read.Message!));
                }
                var input = new DatePlanImportInput { OrganisationId = form.OrganisationId, Year = form.Year, Text = read.Value.Text, Ics = read.Value.Ics, Apply = form.Apply };
                return Imported(await i.RunAsync(input, ct));
            })
            .DisableAntiforgery().WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
    }

    /// <summary>Saved (201), rows that cannot be read (400, nothing saved), or the preview (200).</summary>
    private static Results<Results<Created<DatePlanImportResult>, ValidationProblem, Ok<DatePlanImportResult>>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem>
        Imported(Outcome<DatePlanImportResult> outcome) => outcome.ToHttp(Answer);

    private static Results<Created<DatePlanImportResult>, ValidationProblem, Ok<DatePlanImportResult>> Answer(DatePlanImportResult r) => r switch
    {
        { Saved: true } => TypedResults.Created("/api/calendar", r),
        { Errors: > 0 } => TypedResults.ValidationProblem(
            r.Rows.Where(x => x.Status == ImportRowStatus.Error).ToDictionary(x => $"Rad {x.Line}", x => new[] { x.Note ?? "Kan ikke leses." }),
            detail: $"{Plural.Of(r.Errors, "rad", "rader")} kan ikke leses. Ingenting er lagret.", title: "Ugyldige opplysninger"),
        _ => TypedResults.Ok(r),
    };
}

public sealed class DatePlanImportForm
{
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public bool Apply { get; set; }
    public IFormFile? File { get; set; }
}
