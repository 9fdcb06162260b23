using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.DatePlan.Export;

/// <summary>The year as Word, Excel or iCalendar.</summary>
public static class ExportEndpoints
{
    public static void MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export.{format}", async (string format, [AsParameters] CalendarQuery query, CalendarQueries q, AppLinks links) =>
        {
            if (await q.YearAsync(query.ToFilter()) is not { } view)
            {
                return Problems.NotFound();
            }
            var name = $"datoplan-{Slug(view.OrganisationName)}-{view.Year}";
            return format switch
            {
                "docx" => Results.File(DatePlanExport.Docx(view), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
                "xlsx" => Results.File(DatePlanExport.Xlsx(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
                "ics" => Results.File(System.Text.Encoding.UTF8.GetBytes(await q.IcsAsync(view, query.ToFilter(), links.Base)), "text/calendar; charset=utf-8", name + ".ics"),
                _ => Problems.NotFound(),
            };
        }).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
    }

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
