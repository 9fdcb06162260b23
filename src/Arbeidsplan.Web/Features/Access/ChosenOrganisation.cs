using Arbeidsplan.Web.Features.Shared;

namespace Arbeidsplan.Web.Features.Access;

/// <summary>
/// Routes where the caller chooses an organisation in the query string (<c>organisationId</c>). A choice outside what the caller may
/// read is a bad request (400), not a missing row, and is answered before the route's own work starts. The route's OpenAPI
/// description lists that 400, since the route's own return type does not give it.
/// </summary>
public static class ChosenOrganisation
{
    public const string QueryName = "organisationId";

    public static TBuilder ChoosesOrganisation<TBuilder>(this TBuilder builder, bool required = true) where TBuilder : IEndpointConventionBuilder =>
        builder.DescribesValidationProblem().AddEndpointFilter(async (context, next) =>
        {
            var raw = context.HttpContext.Request.Query[QueryName].ToString();
            if (raw.Length == 0)
            {
                return required ? Problems.ChosenOrganisation("Velg en organisasjon.") : await next(context);
            }
            var guard = context.HttpContext.RequestServices.GetRequiredService<Guard>();
            return Guid.TryParse(raw, out var id) && await guard.ReadsOrganisation(id) ? await next(context) : Problems.ChosenOrganisation();
        });
}
