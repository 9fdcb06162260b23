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
    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/personal-data", async (ActorContext actor, PrivacyService privacy, CancellationToken ct) =>
                actor.PersonId is { } person ? (await privacy.ExportAsync(person, ct)).ToHttp() : Problems.NotFound())
            .WithTags("Personvern").Scoped(ScopeRule.SignedIn);
        app.MapGet("/api/persons/{id:guid}/personal-data", async (Guid id, PrivacyService privacy, CancellationToken ct) => (await privacy.ExportAsync(id, ct)).ToHttp())
            .WithTags("Personvern").Scoped(ScopeRule.Organisation);
        app.MapPost("/api/persons/{id:guid}/erase", async (Guid id, ErasureInput input, PrivacyService privacy, Persons.PersonService persons, CancellationToken ct) =>
                await persons.DetailsAsync(id) is not { } person ? Problems.NotFound()
                : !string.Equals(input.ConfirmName?.Trim(), person.Name, StringComparison.Ordinal)
                    ? Problems.BadValue(nameof(input.ConfirmName), "Skriv personens navn slik det står i registeret, for å bekrefte slettingen.")
                    : (await privacy.EraseAsync(id, ct)).ToHttp())
            .WithTags("Personvern").Scoped(ScopeRule.Administrator);
    }
}
