using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.DatePlan;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Branches;

public static class BranchEndpoints
{
    public static void MapBranchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/branches").WithTags("Lokallag");
        api.MapGet("/", async (Guid? organisationId, BranchFollowUp f) => organisationId is { } org ? Results.Ok(await f.ListAsync(org)) : Problems.NotFound())
            .Scoped(ScopeRule.FilteredList);
        api.MapGet("/{id:guid}", async (Guid id, BranchFollowUp f) => await f.DetailAsync(id) is { } d ? Results.Ok(d) : Problems.NotFound()).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/contacts", async (Guid id, ContactInput input, BranchFollowUp f) =>
            (await f.LogContactAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/branches/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/flags", async (Guid id, FlagInput input, BranchFollowUp f) =>
            (await f.FlagAsync(id, input)).ToHttp(c => TypedResults.Created($"/api/branches/{id}", new IdRow(c)))).Scoped(ScopeRule.Organisation);
        app.MapPost("/api/flags/{id:guid}/close", async (Guid id, CloseFlagInput input, BranchFollowUp f) =>
            (await f.CloseFlagAsync(id, input)).ToHttp(x => TypedResults.Ok(new IdRow(x)))).WithTags("Lokallag").Scoped(ScopeRule.Organisation);
    }
}
