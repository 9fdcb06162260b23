using Microsoft.AspNetCore.Http.Timeouts;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// A time limit on imports (Imports:TimeoutSeconds, 60 by default): when it passes, the import's cancellation token fires,
/// nothing is saved, and the answer is a Norwegian 503. Parsing is linear and bounded, so only a very slow machine gets here.
/// </summary>
public static class ImportTimeout
{
    public const string Policy = "import";

    private const string Message = "Importen tok for lang tid og ble stoppet. Ingenting er lagret. Prøv igjen med en mindre fil, eller del den opp.";

    public static IServiceCollection AddImportTimeout(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRequestTimeouts(o => o.AddPolicy(Policy, new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(configuration.GetValue("Imports:TimeoutSeconds", 60.0)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = WriteAsync,
        }));

    private static async Task WriteAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Importen tok for lang tid", Detail = Message },
            });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Importen tok for lang tid – Arbeidsplan</title></head>" +
            $"<body><main><h1>Importen tok for lang tid</h1><p>{Message}</p><p><a href=\"/\">Til forsiden</a></p></main></body></html>");
    }
}
