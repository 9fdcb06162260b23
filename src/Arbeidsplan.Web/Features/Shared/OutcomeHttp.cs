using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>The id of what a request created or changed.</summary>
public sealed record IdRow(Guid Id);

/// <summary>
/// Turns use-case outcomes into HTTP answers: the value, or RFC 7807 problem details in Norwegian. The answers are typed, so an
/// endpoint's return type names every status it can give and the OpenAPI document lists them.
/// </summary>
public static class OutcomeHttp
{
    public static Results<Ok<T>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem> ToHttp<T>(this Outcome<T> outcome) =>
        outcome.ToHttp(TypedResults.Ok);

    public static Results<Created<T>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem> ToCreated<T>(
        this Outcome<T> outcome, Func<T, string> location) =>
        outcome.ToHttp(v => TypedResults.Created(location(v), v));

    /// <summary>For actions whose success has nothing to show (deleted, revoked).</summary>
    public static Results<NoContent, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem> ToNoContent<T>(this Outcome<T> outcome) =>
        outcome.ToHttp(_ => TypedResults.NoContent());

    /// <summary>The success answered as <paramref name="ok"/> makes it (an id row, a count, 201 or 200 by what was done).</summary>
    public static Results<TOk, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem> ToHttp<T, TOk>(
        this Outcome<T> outcome, Func<T, TOk> ok) where TOk : IResult => outcome.Status switch
    {
        OutcomeStatus.Ok => ok(outcome.Value!),
        OutcomeStatus.Invalid => TypedResults.ValidationProblem(
            outcome.Errors.ToDictionary(e => e.Key, e => e.Value), title: "Ugyldige opplysninger"),
        OutcomeStatus.Forbidden => new ForbiddenProblem(outcome.Message),
        OutcomeStatus.NotFound => new NotFoundProblem(outcome.Message),
        _ => new ConflictProblem(outcome.Message),
    };
}
