using Microsoft.AspNetCore.Http.HttpResults;

namespace Arbeidsplan.Web.Features.Shared;

public static class Problems
{
    /// <summary>Out of scope answers the same as missing, so the API does not reveal what exists elsewhere.</summary>
    public static NotFoundProblem NotFound() => new("Fant ikke det du ba om, eller du har ikke tilgang til det.");

    /// <summary>The value read, or the same 404 as <see cref="NotFound"/> when there is none (missing or out of scope).</summary>
    public static Results<Ok<T>, NotFoundProblem> Found<T>(T? value) where T : class =>
        value is not null ? TypedResults.Ok(value) : NotFound();

    /// <summary>A value in the query that is out of range, named beside the message.</summary>
    public static ValidationProblem BadValue(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Ugyldige opplysninger");

    /// <summary>An organisation chosen in the query or the body that the caller may not use: the same answer whether it exists or not.</summary>
    public static ValidationProblem ChosenOrganisation(string message = "Velg en organisasjon du har tilgang til.") =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["organisationId"] = [message] }, title: "Ugyldige opplysninger");
}
