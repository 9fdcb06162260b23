namespace Arbeidsplan.Web.Features.Shared;

/// <summary>The id of what a request created or changed.</summary>
public sealed record IdRow(Guid Id);

/// <summary>Turns use-case outcomes into HTTP answers: the value, or RFC 7807 problem details in Norwegian.</summary>
public static class OutcomeHttp
{
    public static IResult ToHttp<T>(this Outcome<T> outcome) => outcome.ToHttp(v => TypedResults.Ok(v));

    public static IResult ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.ToHttp(v => TypedResults.Created(location(v), v));

    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, IResult> ok) => outcome.Status switch
    {
        OutcomeStatus.Ok => ok(outcome.Value!),
        OutcomeStatus.Invalid => TypedResults.ValidationProblem(
            outcome.Errors.ToDictionary(e => e.Key, e => e.Value), title: "Ugyldige opplysninger"),
        OutcomeStatus.Forbidden => TypedResults.Problem(outcome.Message, statusCode: 403, title: "Ingen tilgang"),
        OutcomeStatus.NotFound => TypedResults.Problem(outcome.Message, statusCode: 404, title: "Ikke funnet"),
        _ => TypedResults.Problem(outcome.Message, statusCode: 409, title: "Endret av noen andre"),
    };
}
