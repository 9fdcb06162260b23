using Arbeidsplan.Web.Documents;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>Board work (Møter): meetings of bodies with their numbered cases, the notice, the answers to it and the bodies' standing invitees.</summary>
public static class MeetingEndpoints
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingService>().AddScoped<MyMeetings>().AddScoped<MeetingFromPlan>().AddScoped<MeetingChanges>().AddScoped<MeetingNotice>().AddScoped<AttendanceService>().AddScoped<StandingInviteeService>()
            .AddScoped<MeetingMail>().AddSingleton<AttendanceLinks>()
            .AddScoped<CaseAttachments>().AddScoped<BodySetup>().AddScoped<ExecutiveProtocol>().AddScoped<MinutesService>().AddScoped<MinutesApproval>().AddScoped<FollowUpService>().AddScoped<DecisionService>()
            .AddScoped<AnnualMeetingService>().AddScoped<ElectionService>()
            .AddScoped<Privacy.IPersonalData, MeetingPersonalData>();
        return services;
    }

    public static void MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/meetings").WithTags("Møter");
        api.MapGet("/", List).Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        app.MapGet("/api/meetings.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid? organisationId, Guid? bodyId, MeetingService s) =>
                organisationId is { } org && await s.AllAsync(org, bodyId, null, null) is { } rows
                    ? TypedResults.File(MeetingExport.Xlsx(rows), ExcelSheet.ContentType, "moter.xlsx")
                    : Problems.NotFound())
            .ProducesExcel().WithTags("Møter").Scoped(ScopeRule.FilteredList).ChoosesOrganisation();
        api.MapPost("/", async (MeetingInput input, MeetingService s) =>
            (await s.CreateAsync(input)).ToHttp(id => TypedResults.Created($"/api/meetings/{id}", new IdRow(id)))).Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}", async (Guid id, MeetingService s) => Problems.Found(await s.FindAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, MeetingInput input, MeetingChanges s) => (await s.EditAsync(id, input)).ToHttp(m => TypedResults.Ok(new IdRow(m))))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/cancel", async (Guid id, long? version, MeetingChanges s) => (await s.CancelAsync(id, version)).ToHttp(m => TypedResults.Ok(new IdRow(m))))
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/cases", async (Guid id, CaseInput input, MeetingService s) =>
            (await s.AddCaseAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/meetings/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}/cases/{caseId:guid}", async (Guid id, Guid caseId, CaseInput input, MeetingService s) =>
            (await s.EditCaseAsync(id, caseId, input)).ToHttp(c => TypedResults.Ok(new IdRow(c)))).Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}/cases/{caseId:guid}", async (Guid id, Guid caseId, long? version, MeetingService s) =>
            (await s.DeleteCaseAsync(id, caseId, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
        MapAttachments(api);
        app.MapAnnualMeeting();
        api.MapPost("/{id:guid}/notice", async (Guid id, long? version, MeetingNotice s) => (await s.SendAsync(id, version)).ToHttp()).Scoped(ScopeRule.Organisation);
        foreach (var (extension, type) in PaperFormat.All)
        {
            api.MapGet($"/{{id:guid}}/notice.{extension}", async Task<Results<FileStreamHttpResult, NotFoundProblem>> (Guid id, MeetingService s) =>
                await s.FindAsync(id) is { } meeting
                    ? TypedResults.File(PaperFormat.Spool(MeetingDocuments.Notice(meeting), extension), type, MeetingDocuments.FileName("innkalling", meeting, extension))
                    : Problems.NotFound())
                .Produces<Stream>(StatusCodes.Status200OK, type).Scoped(ScopeRule.Organisation);
        }
        api.MapGet("/{id:guid}/attendance", async (Guid id, AttendanceService s) => Problems.Found(await s.ViewAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/attendance", async (Guid id, AnswerInput input, AttendanceService s) => (await s.AnswerAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        // The signed link in a notice: the token names the meeting and the person, so nobody signs in; the audit names the link.
        api.MapPost("/answer", async (string? t, AnswerInput input, AttendanceService s, ActorContext actor) =>
        {
            using var system = actor.ActAsSystem("Svar via lenke i innkalling");
            return (await s.AnswerByLinkAsync(t, input)).ToHttp();
        }).AllowAnonymous();

        var setup = app.MapGroup("/api/bodies/{bodyId:guid}").WithTags("Møter");
        setup.MapGet("/meeting-setup", async (Guid bodyId, BodySetup s) => Problems.Found(await s.ViewAsync(bodyId))).Scoped(ScopeRule.Organisation);
        setup.MapPost("/agenda-items", async (Guid bodyId, AgendaItemInput input, BodySetup s) =>
            (await s.AddItemAsync(bodyId, input)).ToHttp(i => TypedResults.Created($"/api/bodies/{bodyId}/meeting-setup", new IdRow(i)))).Scoped(ScopeRule.Organisation);
        setup.MapDelete("/agenda-items/{itemId:guid}", async (Guid bodyId, Guid itemId, long? version, BodySetup s) => (await s.RemoveItemAsync(bodyId, itemId, version)).ToNoContent())
            .Scoped(ScopeRule.Organisation);
        setup.MapPut("/quorum", async (Guid bodyId, QuorumInput input, BodySetup s) => (await s.SetQuorumAsync(bodyId, input)).ToHttp(b => TypedResults.Ok(new IdRow(b))))
            .Scoped(ScopeRule.Organisation);

        var invitees = app.MapGroup("/api/bodies/{bodyId:guid}/invitees").WithTags("Møter");
        invitees.MapGet("/", async (Guid bodyId, StandingInviteeService s) => Problems.Found(await s.ListAsync(bodyId))).Scoped(ScopeRule.Organisation);
        invitees.MapPost("/", async (Guid bodyId, InviteeInput input, StandingInviteeService s) =>
            (await s.AddAsync(bodyId, input)).ToHttp(i => TypedResults.Created($"/api/bodies/{bodyId}/invitees", new IdRow(i)))).Scoped(ScopeRule.Organisation);
        invitees.MapDelete("/{inviteeId:guid}", async (Guid bodyId, Guid inviteeId, long? version, StandingInviteeService s) =>
            (await s.RemoveAsync(bodyId, inviteeId, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
    }

    private static void MapAttachments(RouteGroupBuilder api)
    {
        // A form post with the file; the API's callers send no antiforgery token, as with the importers.
        api.MapPost("/{id:guid}/cases/{caseId:guid}/attachments", async (Guid id, Guid caseId, IFormFile? file, CaseAttachments s) =>
                (await s.AddAsync(id, caseId, file?.FileName, CaseAttachments.Read(file)))
                    .ToHttp(a => TypedResults.Created($"/api/meetings/{id}/cases/{caseId}/attachments/{a}", new IdRow(a))))
            .DisableAntiforgery().Scoped(ScopeRule.Organisation);
        api.MapGet("/{id:guid}/cases/{caseId:guid}/attachments/{attachmentId:guid}",
                async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, Guid caseId, Guid attachmentId, CaseAttachments s, HttpContext http) =>
                {
                    if (await s.OpenAsync(id, caseId, attachmentId) is not { } document)
                    {
                        return Problems.NotFound();
                    }
                    // Always a download, never shown in the app's own origin, whatever the file holds.
                    http.Response.Headers.XContentTypeOptions = "nosniff";
                    http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
                    // A closed case's document is not kept in shared caches or the browser's.
                    http.Response.Headers.CacheControl = "private, no-store";
                    return TypedResults.File(document.Content, document.ContentType, document.FileName);
                })
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream").Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}/cases/{caseId:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid caseId, Guid attachmentId, CaseAttachments s) =>
            (await s.RemoveAsync(id, caseId, attachmentId)).ToNoContent()).Scoped(ScopeRule.Organisation);
    }

    private static async Task<Results<Ok<Paged<MeetingRow>>, NotFoundProblem, ValidationProblem>> List(Guid? organisationId, Guid? bodyId, string? from,
        string? to, int? page, MeetingService s)
    {
        var (start, end) = (Day(from), Day(to));
        if (start is { Ok: false } || end is { Ok: false })
        {
            return Problems.BadValue(start is { Ok: false } ? "from" : "to", "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-01-12.");
        }
        return organisationId is { } org && await s.ListAsync(org, bodyId, start?.Value, end?.Value, page) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound();
    }

    /// <summary>Null for no day given; otherwise whether it reads as one.</summary>
    private static (bool Ok, LocalDate Value)? Day(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true, Value: var day } && day.Year is >= 2000 and <= 2100 ? (true, day) : (false, default);
}
