namespace Arbeidsplan.Web.Features.Shared;

public static class Problems
{
    /// <summary>Out of scope answers the same as missing, so the API does not reveal what exists elsewhere.</summary>
    public static IResult NotFound() =>
        TypedResults.Problem("Fant ikke det du ba om, eller du har ikke tilgang til det.", statusCode: 404, title: "Ikke funnet");

    /// <summary>A value in the query that is out of range, named beside the message.</summary>
    public static IResult BadValue(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Ugyldige opplysninger");

    /// <summary>An organisation chosen in the query or the body that the caller may not use: the same answer whether it exists or not.</summary>
    public static IResult ChosenOrganisation(string message = "Velg en organisasjon du har tilgang til.") =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["organisationId"] = [message] }, title: "Ugyldige opplysninger");
}
