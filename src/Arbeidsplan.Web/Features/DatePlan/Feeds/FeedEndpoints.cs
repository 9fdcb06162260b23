using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.DatePlan.Feeds;

/// <summary>A person's calendar feeds, and the secret link a calendar client reads.</summary>
public static class FeedEndpoints
{
    public static void MapFeeds(this RouteGroupBuilder api)
    {
        api.MapGet("/feeds", async (FeedService s) => TypedResults.Ok(await s.MineAsync())).Scoped(ScopeRule.FilteredList);
        api.MapPost("/feeds", async (FeedInput input, FeedService s, AppLinks links) =>
            (await s.CreateAsync(input, links.Base)).ToCreated(f => $"/api/calendar/feeds/{f.Id}")).Scoped(ScopeRule.Organisation);
        api.MapDelete("/feeds/{id:guid}", async (Guid id, FeedService s) => (await s.RevokeAsync(id)).ToHttp(_ => TypedResults.NoContent())).Scoped(ScopeRule.Organisation);
    }

    /// <summary>The secret link itself, outside the API group.</summary>
    public static void MapFeedLinks(this IEndpointRouteBuilder app)
    {
        // GET and HEAD (calendar clients check a link with HEAD): a secret link never redirects, so the secret cannot land in a ReturnUrl.
        app.MapMethods("/kalender/{token}.ics", [HttpMethods.Get, HttpMethods.Head], async (string token, FeedService s, HttpContext http, AppLinks links) =>
        {
            if (await s.BodyAsync(token, links.Base) is not { } body)
            {
                // The same short answer for an unknown and a revoked link, with a body so no error page is rendered in its place.
                return Results.Text("Kalenderen finnes ikke.", "text/plain", statusCode: StatusCodes.Status404NotFound);
            }
            http.Response.Headers.CacheControl = "private, max-age=900";
            if (http.Request.Headers.IfNoneMatch.Contains(body.ETag))
            {
                http.Response.Headers.ETag = body.ETag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            return Results.File(body.Content, "text/calendar; charset=utf-8", lastModified: body.LastModified,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(body.ETag));
        }).AllowAnonymous().WithTags("Datoplan");
        app.MapMethods("/kalender/{**rest}", [HttpMethods.Get, HttpMethods.Head], () =>
                Results.Text("Kalenderen finnes ikke.", "text/plain", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
    }
    }
