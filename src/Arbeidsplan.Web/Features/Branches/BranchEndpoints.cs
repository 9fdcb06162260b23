using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Branches;

public sealed record AttendanceInput(Guid EventId, bool Attended = true);

public static class BranchEndpoints
{
    /// <summary>The feature's services (its part of a person's export and erasure among them, where it keeps something about people).</summary>
    public static IServiceCollection AddBranches(this IServiceCollection services)
    {
        services.AddScoped<BranchFollowUp>().AddScoped<AnnualMeetingNotice>().AddScoped<ScorecardQueries>().AddScoped<ScorecardSettingsService>()
            .AddScoped<Privacy.IPersonalData, FollowUpPersonalData>();
        return services;
    }

    public static void MapBranchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/branches").WithTags("Lokallag");
        api.MapGet("/", async ([AsParameters] ScorecardQuery query, ScorecardQueries q) =>
            Problems.Found((await q.LoadAsync(query))?.Branches)).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/scorecard", async ([AsParameters] ScorecardQuery query, ScorecardQueries q) =>
            Problems.Found(await q.LoadAsync(query))).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/scorecard.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> ([AsParameters] ScorecardQuery query, ScorecardQueries q) =>
            await q.LoadAsync(query) is { } card ? TypedResults.File(ScorecardExport.Xlsx(card), ExcelSheet.ContentType, $"lokallag-{card.On:yyyy-MM-dd}.xlsx") : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapGet("/settings", async (Guid? organisationId, ScorecardSettingsService s) =>
            Problems.Found(organisationId is { } org ? await s.GetAsync(org) : null)).Scoped(ScopeRule.Organisation).ChoosesOrganisation();
        api.MapPut("/settings", async (ScorecardSettingsInput input, ScorecardSettingsService s) =>
            (await s.SaveAsync(input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, int? contactPage, BranchFollowUp f) => Problems.Found(await f.DetailAsync(id, contactPage)))
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/annual-meeting-notice", async (Guid id, AnnualMeetingNotice n) => Problems.Found(await n.ForAsync(id))).Scoped(ScopeRule.Organisation);
        const string docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        api.MapGet("/{id:guid}/annual-meeting-notice.docx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, AnnualMeetingNotice n) =>
                await n.ForAsync(id) is { } notice ? TypedResults.File(AnnualMeetingNotice.Word(notice), docx, "innkalling-arsmote.docx") : Problems.NotFound())
            .Produces<Stream>(StatusCodes.Status200OK, docx).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/contacts", async (Guid id, ContactInput input, BranchFollowUp f) =>
            (await f.LogContactAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/branches/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/flags", async (Guid id, FlagInput input, BranchFollowUp f) =>
            (await f.FlagAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/branches/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/checks", async (Guid id, ChecksInput input, BranchFollowUp f) =>
            (await f.RecordChecksAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/region-meetings", async (Guid id, AttendanceInput input, BranchFollowUp f) =>
            (await f.SetAttendanceAsync(id, input.EventId, input.Attended)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).Scoped(ScopeRule.Organisation);
        app.MapPost("/api/flags/{id:guid}/close", async (Guid id, CloseFlagInput input, BranchFollowUp f) =>
            (await f.CloseFlagAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).WithTags("Lokallag").Scoped(ScopeRule.Organisation);
    }
}
