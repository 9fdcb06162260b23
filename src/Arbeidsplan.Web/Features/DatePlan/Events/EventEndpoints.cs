using Arbeidsplan.Domain.DatePlan;
using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.DatePlan.Events;

/// <summary>One event: read, saved, confirmed or cancelled, and its occurrences moved or restored.</summary>
public static class EventEndpoints
{
    public static void MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}", async (Guid id, EventQueries q) => Problems.Found(await q.DetailAsync(id))).Scoped(ScopeRule.Organisation);
        api.MapPost("/", async (EventInput input, EventService s) => (await s.SaveAsync(null, input)).ToCreated(e => $"/api/events/{e.Id}")).Scoped(ScopeRule.Organisation);
        api.MapPut("/{id:guid}", async (Guid id, EventInput input, EventService s) => (await s.SaveAsync(id, input)).ToHttp()).Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}", async (Guid id, long version, EventService s) => (await s.DeleteAsync(id, version)).ToNoContent()).Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/confirm", async (Guid id, VersionInput input, EventService s) => (await s.ChangeStatusAsync(id, EventStatus.Confirmed, input.Version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/cancel", async (Guid id, VersionInput input, EventService s) => (await s.ChangeStatusAsync(id, EventStatus.Cancelled, input.Version)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapPost("/{id:guid}/occurrences", async (Guid id, OccurrenceInput input, EventService s) => (await s.ChangeOccurrenceAsync(id, input)).ToHttp())
            .Scoped(ScopeRule.Organisation);
        api.MapDelete("/{id:guid}/occurrences/{date}", async (Guid id, DateOnly date, long version, EventService s) =>
            (await s.RestoreOccurrenceAsync(id, date, version)).ToHttp()).Scoped(ScopeRule.Organisation);
    }
}
