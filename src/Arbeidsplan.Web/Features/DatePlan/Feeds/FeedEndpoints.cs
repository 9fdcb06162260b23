using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.DatePlan.Feeds;

/// <summary>A person's calendar feeds, and the secret link a calendar client reads.</summary>
public static class FeedEndpoints
{
    public static void MapFeeds(this RouteGroupBuilder api)
    {
        api.MapGet("/feeds", async (FeedService s) => TypedResults.Ok(await s.MineAsync())).Scoped(ScopeRule.FilteredList);
        api.MapPost("/feeds", async (FeedInput input, FeedService s, AppLinks links) =>
            (await s.CreateAsync(input, links.Base)).ToCreated(f => $"/api/calendar/feeds/{f.Id}")).Scoped(ScopeRule.Organisation);
        api.MapDelete("/feeds/{id:guid}", async (Guid id, FeedService s) => (await s.RevokeAsync(id)).ToNoContent()).Scoped(ScopeRule.Organisation);
    }

    /// <summary>The secret link itself, outside the API group.</summary>
    public static void MapFeedLinks(this IEndpointRouteBuilder app)
    {
        // GET and HEAD (calendar clients check a link with HEAD): a secret link never redirects, so the secret cannot land in a ReturnUrl.
        app.MapMethods("/kalender/{token}.ics", [HttpMethods.Get, HttpMethods.Head], async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> (
            string token, FeedService s, HttpContext http, AppLinks links) =>
        {
            if (await s.BodyAsync(token, links.Base) is not { } body)
            {
                // The same short answer for an unknown and a revoked link, with a body so no error page is rendered in its place.
                return Missing();
            }
            http.Response.Headers.CacheControl = "private, max-age=900";
            if (http.Request.Headers.IfNoneMatch.Contains(body.ETag))
            {
                http.Response.Headers.ETag = body.ETag;
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            return TypedResults.File(body.Content, Calendar, lastModified: body.LastModified,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(body.ETag));
        }).Produces<string>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status304NotModified)
            .Produces<string>(StatusCodes.Status404NotFound, "text/plain").AllowAnonymous().WithTags("Datoplan");
        app.MapMethods("/kalender/{**rest}", [HttpMethods.Get, HttpMethods.Head], Missing).AllowAnonymous().ExcludeFromDescription();
    }

    private const string Calendar = "text/calendar; charset=utf-8";

    private static ContentHttpResult Missing() => TypedResults.Text("Kalenderen finnes ikke.", "text/plain", statusCode: StatusCodes.Status404NotFound);
}
