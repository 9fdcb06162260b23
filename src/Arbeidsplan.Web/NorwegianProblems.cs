namespace Arbeidsplan.Web;

/// <summary>Gives every problem response a Norwegian title and, where the framework left none, a detail a person can act on.</summary>
public static class NorwegianProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var (title, detail) = problem.Status switch
        {
            400 when problem is HttpValidationProblemDetails { Errors.Count: > 0 } =>
                ("Ugyldige opplysninger", "Noen av opplysningene kan ikke brukes. Se feltene under «errors»."),
            400 => ("Ugyldig forespørsel", "Forespørselen kunne ikke leses. Sjekk at innholdet er gyldig JSON med riktige felt og verdier."),
            401 => ("Ikke innlogget", "Du må logge inn."),
            403 => ("Ingen tilgang", "Du har ikke tilgang til dette."),
            404 => ("Ikke funnet", "Fant ikke det du ba om, eller du har ikke tilgang til det."),
            405 => ("Metoden er ikke tillatt", "Denne adressen støtter ikke den HTTP-metoden."),
            409 => ("Endret av noen andre", "Noen andre har endret dette i mellomtiden."),
            415 => ("Feil innholdstype", "Send innholdet som application/json."),
            _ when problem.Status >= 500 => ("Noe gikk galt", "Det oppsto en feil hos oss. Ingenting er lagret halvveis; prøv igjen om litt."),
            _ => (problem.Title, problem.Detail),
        };
        if (problem.Title is null || problem.Title == ReasonPhrase(problem.Status) || problem.Status >= 500)
        {
            problem.Title = title;
        }
        problem.Detail ??= detail;
    }

    private static string? ReasonPhrase(int? status) =>
        status is { } code ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) : null;
}
