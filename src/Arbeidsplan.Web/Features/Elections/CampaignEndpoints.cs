using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Elections;

/// <summary>The campaign: an organisation's plan for an election with its phases and tasks, and the branches' activity log.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaignEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/elections").WithTags("Valgkamp");
        // The election is addressed (404 outside scope), the organisation chosen (400 outside scope); none chosen is the election's own.
        // In the activity log both are chosen, so both answer 400.
        api.MapGet("/{id:guid}/campaign", async Task<Results<Ok<CampaignView>, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId,
                PublicElectionService e, CampaignService s) =>
                await e.ReachedAsync(id) is not { } election ? Problems.NotFound()
                : await s.ViewAsync(id, organisationId ?? election.OrganisationId) is { } view ? TypedResults.Ok(view)
                : organisationId is null ? Problems.NotFound() : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}/campaign.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId,
                PublicElectionService e, CampaignService s) =>
                await e.ReachedAsync(id) is not { } election ? Problems.NotFound()
                : await s.ViewAsync(id, organisationId ?? election.OrganisationId) is { } view
                    ? ExcelSheet.File($"valgkamp-{election.Day.Year}.xlsx", "Valgkampoppgaver", TaskSheet(view))
                : organisationId is null ? Problems.NotFound() : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .ProducesExcel().Scoped(ScopeRule.FilteredList);
        api.MapPost("/{id:guid}/campaign", async (Guid id, CampaignStartInput input, CampaignService s) =>
        {
            input.ElectionId = id;
            return (await s.StartAsync(input)).ToHttp(planId => TypedResults.Created($"/api/elections/{id}/campaign?organisationId={input.OrganisationId}", new IdRow(planId)));
        }).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/campaign/phases", async (Guid id, CampaignPhasesInput input, CampaignService s) =>
        {
            input.ElectionId = id;
            return (await s.SetPhasesAsync(input)).ToHttp(x => TypedResults.Ok(new IdRow(x)));
        }).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/campaign/tasks", async (Guid id, CampaignTaskInput input, CampaignService s) =>
        {
            input.ElectionId = id;
            return (await s.AddTaskAsync(input)).ToHttp(taskId => TypedResults.Created($"/api/campaign-tasks/{taskId}", new IdRow(taskId)));
        }).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/campaign/activity", async Task<Results<Ok<ActivityOverview>, NotFoundProblem, ValidationProblem>> (Guid id, Guid? organisationId,
                PublicElectionService e, CampaignActivities s) =>
                await e.ReachedAsync(id) is not { } election ? Problems.NotFound()
                : await s.OverviewAsync(id, organisationId ?? election.OrganisationId) is { } view ? TypedResults.Ok(view)
                : organisationId is null ? Problems.NotFound() : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .Scoped(ScopeRule.FilteredList);

        var tasks = app.MapGroup("/api/campaign-tasks").WithTags("Valgkamp");
        tasks.MapPut("/{id:guid}", async (Guid id, CampaignTaskInput input, CampaignService s) => (await s.ChangeTaskAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        tasks.MapDelete("/{id:guid}", async (Guid id, long? version, CampaignService s) => (await s.RemoveTaskAsync(id, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
        tasks.MapPost("/{id:guid}/reports", async (Guid id, CampaignReportInput input, CampaignService s) => (await s.ReportAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);

        var activities = app.MapGroup("/api/campaign-activities").WithTags("Valgkamp");
        activities.MapGet("/", async Task<Results<Ok<Paged<ActivityRow>>, NotFoundProblem, ValidationProblem>> (Guid? electionId, Guid? organisationId, int? page,
                PublicElectionService e, CampaignActivities s) =>
                electionId is not { } id || await e.ReachedAsync(id) is not { } election ? Problems.BadValue("electionId", "Velg et valg du har tilgang til.")
                : await s.ListAsync(id, organisationId ?? election.OrganisationId, page ?? 1) is { } rows ? TypedResults.Ok(rows)
                : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .Scoped(ScopeRule.FilteredList);
        app.MapGet("/api/campaign-activities.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> (Guid? electionId, Guid? organisationId,
                PublicElectionService e, CampaignActivities s) =>
                electionId is not { } id || await e.ReachedAsync(id) is not { } election ? Problems.BadValue("electionId", "Velg et valg du har tilgang til.")
                : await s.ListAsync(id, organisationId ?? election.OrganisationId, 1, 500) is { } rows
                    ? ExcelSheet.File($"valgkampaktiviteter-{election.Day.Year}.xlsx", "Aktiviteter", Sheet(rows.Items))
                    : Problems.BadValue("organisationId", "Velg en organisasjon du har tilgang til, som er med i valget."))
            .WithTags("Valgkamp").ProducesExcel().Scoped(ScopeRule.FilteredList);
        activities.MapPost("/", async (CampaignActivityInput input, CampaignActivities s) =>
            (await s.LogAsync(input)).ToHttp(id => TypedResults.Created($"/api/campaign-activities/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        activities.MapDelete("/{id:guid}", async (Guid id, long? version, CampaignActivities s) => (await s.RemoveAsync(id, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
    }

    private static IEnumerable<Dictionary<string, object?>> Sheet(IEnumerable<ActivityRow> rows) => rows.Select(r => new Dictionary<string, object?>
    {
        ["Dato"] = r.On.ToDateOnly(), ["Lokallag"] = r.Organisation, ["Aktivitet"] = r.KindLabel, ["Antall"] = r.Count, ["Teller"] = r.Counts,
        ["Merknad"] = r.Note ?? "", ["Ført av"] = r.RecordedBy,
    });

    /// <summary>The campaign plan's tasks phase by phase, with their status and last note.</summary>
    private static IEnumerable<Dictionary<string, object?>> TaskSheet(CampaignView view) => view.Phases.SelectMany(p => p.Tasks.Select(t => new Dictionary<string, object?>
    {
        ["Fase"] = $"{p.Number}. {p.Name}", ["Oppgave"] = t.Title, ["Ansvar"] = t.Owner, ["Frist"] = t.DueOn.ToDateOnly(), ["Status"] = t.StatusLabel,
        ["Forfalt"] = t.Overdue ? "Ja" : "", ["Siste notat"] = t.LastNote,
    }));
}
