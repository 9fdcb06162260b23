using Arbeidsplan.Web.Features.Access;

namespace Arbeidsplan.Web.Features.Home;

public static class HomeEndpoints
{
    /// <summary>Min side: what is the signed-in person's to do.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services) => services.AddScoped<MyWork>();

    public static void MapHomeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/work", async (MyWork work, CancellationToken ct) => TypedResults.Ok(await work.ForMeAsync(ct)))
            .WithTags("Min side").Scoped(ScopeRule.SignedIn);
}
