using Arbeidsplan.Web.Documents;
using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Arbeidsplan.Web.Features.Meetings;

/// <summary>An annual meeting's own steps: the constitution, the delegates by the statutes' rule, and the elections into positions.</summary>
internal static class AnnualMeetingEndpoints
{
    public static void MapAnnualMeeting(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/meetings/{id:guid}").WithTags("Årsmøte");
        api.MapGet("/annual-meeting", async (Guid id, AnnualMeetingService s) => Problems.Found(await s.FindAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPut("/constitution", async (Guid id, ConstitutionInput input, AnnualMeetingService s) => (await s.ConstituteAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapGet("/delegates.xlsx", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, AnnualMeetingService s) =>
                await s.FindAsync(id) is { } meeting
                    ? TypedResults.File(MeetingExport.Delegates(meeting.Delegates), ExcelSheet.ContentType, "utsendinger.xlsx")
                    : Problems.NotFound())
            .ProducesExcel().Scoped(ScopeRule.Organisation);
        api.MapPost("/elections", async (Guid id, ElectionInput input, ElectionService s) =>
            (await s.AddAsync(id, input)).ToHttp(e => TypedResults.Created($"/api/meetings/{id}/annual-meeting", new IdRow(e)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/elections/{electionId:guid}", async (Guid id, Guid electionId, ElectionInput input, ElectionService s) =>
            (await s.ProposeAsync(id, electionId, input)).ToHttp(e => TypedResults.Ok(new IdRow(e)))).Scoped(ScopeRule.Organisation);
        api.MapPut("/elections/{electionId:guid}/elected", async (Guid id, Guid electionId, ElectedInput input, ElectionService s) =>
            (await s.ElectAsync(id, electionId, input)).ToHttp(e => TypedResults.Ok(new IdRow(e)))).Scoped(ScopeRule.Organisation);
        api.MapDelete("/elections/{electionId:guid}", async (Guid id, Guid electionId, long? version, ElectionService s) =>
            (await s.RemoveAsync(id, electionId, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
        api.MapPost("/elections/register", async (Guid id, ElectionService s) => (await s.RegisterAsync(id)).ToHttp()).Scoped(ScopeRule.Organisation);

        var rules = app.MapGroup("/api/organisations/{organisationId:guid}/delegate-rule").WithTags("Årsmøte");
        rules.MapGet("/", Allocation).Scoped(ScopeRule.Organisation);
        rules.MapPut("/", async (Guid organisationId, DelegateRuleInput input, AnnualMeetingService s) => (await s.SetRuleAsync(organisationId, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
    }

    /// <summary>The rule and each branch's delegates to an annual meeting on the day given (today if none).</summary>
    private static async Task<Results<Ok<DelegateAllocation>, NotFoundProblem, ValidationProblem>> Allocation(Guid organisationId, string? on, Guard guard,
        AnnualMeetingService s, IClock clock)
    {
        var day = clock.Today();
        if (!string.IsNullOrWhiteSpace(on))
        {
            if (LocalDatePattern.Iso.Parse(on.Trim()) is not { Success: true, Value: var parsed } || parsed.Year is < 2000 or > 2100)
            {
                return Problems.BadValue("on", "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-03-13.");
            }
            day = parsed;
        }
        return await guard.ReadsOrganisation(organisationId) ? TypedResults.Ok(await s.DelegatesAsync(organisationId, day)) : Problems.NotFound();
    }
}
