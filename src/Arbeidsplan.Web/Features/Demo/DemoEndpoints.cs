using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Demo;

public static class DemoEndpoints
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoLoader>().AddScoped<DemoRemover>();
        return services;
    }

    public static void MapDemoEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/demo/remove", async (DemoRemover remover, CancellationToken ct) => (await remover.RemoveAsync(ct)).ToHttp())
            .WithTags("Demo").Scoped(ScopeRule.Administrator);
}
