using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// A request the API cannot read (a query value that is not a number, a date or an id; JSON that is not valid) answered as a
/// Norwegian problem that names the value, instead of the framework's English message.
/// </summary>
public sealed partial class BadRequests : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad || httpContext.Response.HasStarted)
        {
            return false;
        }
        var detail = Binding().Match(bad.Message) is { Success: true } m
            ? $"Verdien «{m.Groups["value"].Value}» for «{m.Groups["name"].Value}» kan ikke leses. Sjekk at den er et tall, en dato (ÅÅÅÅ-MM-DD) eller en id."
            : Required().Match(bad.Message) is { Success: true } r
                ? $"«{r.Groups["name"].Value}» mangler."
                : "Forespørselen kunne ikke leses. Sjekk at innholdet er gyldig JSON med riktige felt og verdier.";
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Ugyldig forespørsel", Detail = detail },
        });
        return true;
    }

    [GeneratedRegex("Failed to bind parameter \"[^\"]*?\\s?(?<name>\\w+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex Binding();

    [GeneratedRegex("Required parameter \"[^\"]*?\\s?(?<name>\\w+)\" was not provided")]
    private static partial Regex Required();
}
