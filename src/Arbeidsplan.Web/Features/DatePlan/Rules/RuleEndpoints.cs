using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan.Views;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.DatePlan.Rules;

/// <summary>Statutory windows and deadline rules.</summary>
public static class RuleEndpoints
{
    public static void MapRules(this RouteGroupBuilder api)
    {
        api.MapGet("/rules", async Task<Results<Ok<RulesView>, ValidationProblem, NotFoundProblem>> (Guid? organisationId, int? year, CalendarRuleService s, CalendarQueries q) =>
            year is < 2000 or > 2100 ? Problems.BadValue("year", "Oppgi et år mellom 2000 og 2100.")
                : organisationId is { } org && await s.ViewAsync(org, year ?? q.Today.Year) is { } view ? TypedResults.Ok(view) : Problems.NotFound())
            .Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPost("/windows", async (WindowInput input, CalendarRuleService s) => (await s.SaveWindowAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/rules/{id}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/windows/{id:guid}", async (Guid id, WindowInput input, CalendarRuleService s) => (await s.SaveWindowAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x))))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/deadline-rules", async (DeadlineRuleInput input, CalendarRuleService s) =>
            (await s.SaveDeadlineRuleAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/rules/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/deadline-rules/{id:guid}", async (Guid id, DeadlineRuleInput input, CalendarRuleService s) => (await s.SaveDeadlineRuleAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x))))
            .Scoped(ScopeRule.Organisation);
        api.MapDelete("/rules/{id:guid}", async (Guid id, long version, CalendarRuleService s) => (await s.DeleteAsync(id, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
    }
}
