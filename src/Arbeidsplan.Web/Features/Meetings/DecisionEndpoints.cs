using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>The minutes of a meeting, its approval and corrections, and the decisions with their follow-up.</summary>
public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        var minutes = app.MapGroup("/api/meetings/{id:guid}/minutes").WithTags("Møter");
        minutes.MapGet("/", async (Guid id, MinutesService s) => Problems.Found(await s.ViewAsync(id))).Scoped(ScopeRule.Organisation);
        minutes.MapPut("/present", async (Guid id, PresenceInput input, MinutesService s) => (await s.PresenceAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        minutes.MapPut("/cases/{caseId:guid}", async (Guid id, Guid caseId, CaseMinuteInput input, MinutesService s) =>
            (await s.WriteCaseAsync(id, caseId, input)).ToHttp(c => TypedResults.Ok(new IdRow(c)))).Scoped(ScopeRule.Organisation);
        minutes.MapPost("/approve", async (Guid id, ApprovalInput input, MinutesApproval s) => (await s.ApproveAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        minutes.MapPost("/corrections", async (Guid id, CorrectionInput input, MinutesApproval s) => (await s.CorrectAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        foreach (var (extension, type) in PaperFormat.All)
        {
            app.MapGet($"/api/meetings/{{id:guid}}/minutes.{extension}", async Task<Results<FileStreamHttpResult, NotFoundProblem>> (Guid id, MinutesService s) =>
                    await s.ViewAsync(id) is { } view
                        ? TypedResults.File(PaperFormat.Spool(MinutesText.Paper(view), extension), type,
                            MeetingDocuments.FileName("protokoll", view.BodyName, view.StartsAt, extension))
                        : Problems.NotFound())
                .Produces<Stream>(StatusCodes.Status200OK, type).WithTags("Møter").Scoped(ScopeRule.Organisation);
        }

        var decisions = app.MapGroup("/api/decisions").WithTags("Vedtak");
        decisions.MapGet("/", async Task<Results<Ok<Paged<FollowUpRow>>, NotFoundProblem>> (Guid? organisationId, bool? open, int? page, FollowUpService s) =>
            organisationId is { } org && await s.ListAsync(org, open ?? true, page) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound())
            .Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        app.MapGet("/api/decisions.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, bool? open, FollowUpService s) =>
                organisationId is { } org && await s.AllAsync(org, open ?? true) is { } rows
                    ? TypedResults.File(MeetingExport.FollowUps(rows), ExcelSheet.ContentType, "vedtak-til-oppfolging.xlsx")
                    : Problems.NotFound())
            .ProducesExcel().WithTags("Vedtak").Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        decisions.MapGet("/{decisionId:guid}", async (Guid decisionId, DecisionService s) => Problems.Found(await s.DetailAsync(decisionId)))
            .Scoped(ScopeRule.Organisation);
        decisions.MapPost("/{decisionId:guid}/follow-ups", async (Guid decisionId, FollowUpInput input, FollowUpService s) =>
            (await s.AddAsync(decisionId, input)).ToHttp(t => TypedResults.Created($"/api/decisions/{decisionId}", new IdRow(t)))).Scoped(ScopeRule.Organisation);
        decisions.MapPost("/{decisionId:guid}/measures", async (Guid decisionId, MeasureLinkInput input, DecisionService s) =>
            (await s.LinkMeasureAsync(decisionId, input)).ToHttp(m => TypedResults.Ok(new IdRow(m)))).Scoped(ScopeRule.Organisation);
        decisions.MapDelete("/{decisionId:guid}/measures/{measureId:guid}", async (Guid decisionId, Guid measureId, DecisionService s) =>
            (await s.UnlinkMeasureAsync(decisionId, measureId)).ToNoContent()).Scoped(ScopeRule.Organisation);
        app.MapPost("/api/follow-ups/{taskId:guid}/reports", async (Guid taskId, ReportInput input, FollowUpService s) =>
            (await s.ReportAsync(taskId, input)).ToHttp(t => TypedResults.Ok(new IdRow(t)))).WithTags("Vedtak").Scoped(ScopeRule.Organisation);
        app.MapPost("/api/bodies/{bodyId:guid}/decisions", async (Guid bodyId, BetweenMeetingsInput input, DecisionService s) =>
            (await s.BetweenMeetingsAsync(bodyId, input)).ToHttp(d => TypedResults.Created($"/api/decisions/{d}", new IdRow(d)))).WithTags("Vedtak")
            .Scoped(ScopeRule.Organisation);
    }
}
