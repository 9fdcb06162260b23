using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.DatePlan.Export;

/// <summary>The year as Word, Excel or iCalendar.</summary>
public static class ExportEndpoints
{
    public static void MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export.{format}", async Task<Results<FileContentHttpResult, NotFoundProblem>> (string format, [AsParameters] CalendarQuery query, CalendarQueries q, AppLinks links) =>
        {
            if (await q.YearAsync(query.ToFilter()) is not { } view)
            {
                return Problems.NotFound();
            }
            var name = $"datoplan-{Slug(view.OrganisationName)}-{view.Year}";
            return format switch
            {
                "docx" => TypedResults.File(DatePlanExport.Docx(view), Docx, name + ".docx"),
                "xlsx" => TypedResults.File(DatePlanExport.Xlsx(view), ExcelSheet.ContentType, name + ".xlsx"),
                "ics" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await q.IcsAsync(view, query.ToFilter(), links.Base)), Ics, name + ".ics"),
                _ => Problems.NotFound(),
            };
        }).Produces<Stream>(StatusCodes.Status200OK, Docx, ExcelSheet.ContentType, "text/calendar").Scoped(ScopeRule.Organisation).ChoosesOrganisation();
    }

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Ics = "text/calendar; charset=utf-8";

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
