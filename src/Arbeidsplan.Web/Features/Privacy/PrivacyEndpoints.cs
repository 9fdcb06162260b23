using Arbeidsplan.Web.Features.Access;
using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Privacy;

public sealed class ErasureInput
{
    /// <summary>The person's name as written in the register, typed again to confirm.</summary>
    public string? ConfirmName { get; set; }
}

public static class PrivacyEndpoints
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<PrivacyService>();
        return services;
    }

    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/personal-data", async (ActorContext actor, PrivacyService privacy, CancellationToken ct) =>
                actor.PersonId is { } person ? (await privacy.ExportAsync(person, ct)).ToHttp() : Problems.NotFound())
            .WithTags("Personvern").Scoped(ScopeRule.SignedIn);
        app.MapGet("/api/persons/{id:guid}/personal-data", async (Guid id, PrivacyService privacy, CancellationToken ct) => (await privacy.ExportAsync(id, ct)).ToHttp())
            .WithTags("Personvern").Scoped(ScopeRule.Organisation);
        app.MapPost("/api/persons/{id:guid}/erase", async (Guid id, ErasureInput input, PrivacyService privacy, CancellationToken ct) =>
                (await privacy.EraseAsync(id, input.ConfirmName, ct)).ToHttp())
            .WithTags("Personvern").Scoped(ScopeRule.Administrator);
    }
}
