using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.DatePlan.Templates;

/// <summary>Templates, copying a year, and confirming drafts.</summary>
public static class TemplateEndpoints
{
    public static void MapTemplates(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", async (Guid? organisationId, TemplateService s) =>
            Problems.Found(organisationId is { } org ? await s.ListAsync(org) : null)).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/templates", async (TemplateInput input, TemplateService s) => (await s.SaveAsync(null, input)).ToHttp(id => TypedResults.Created($"/api/calendar/templates?id={id}", new IdRow(id))))
            .Scoped(ScopeRule.Organisation);
        api.MapPut("/templates/{id:guid}", async (Guid id, TemplateInput input, TemplateService s) => (await s.SaveAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        api.MapPost("/templates/{id:guid}/apply", async (Guid id, ApplyInput input, TemplateService s) => (await s.ApplyAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/templates/import", async (ActivityPlanInput input, ActivityPlanImport i, CancellationToken ct) => (await i.RunAsync(input, ct))
                .ToHttp<ActivityPlanResult, Results<Created<ActivityPlanResult>, Ok<ActivityPlanResult>>>(r => r.Saved
                    ? TypedResults.Created("/api/calendar/templates?organisationId=" + input.OrganisationId, r)
                    : TypedResults.Ok(r)))
            .WithRequestTimeout(ImportTimeout.Policy).Scoped(ScopeRule.Organisation);
        api.MapPost("/copy-year", async (CopyYearInput input, TemplateService s) => (await s.CopyYearAsync(input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapPost("/confirm-drafts", async (ConfirmInput input, TemplateService s) => (await s.ConfirmDraftsAsync(input)).ToHttp(n => TypedResults.Ok(new ConfirmedDrafts(n)))).Scoped(ScopeRule.Organisation);
    }
}

/// <summary>How many drafts were confirmed.</summary>
public sealed record ConfirmedDrafts(int Confirmed);
