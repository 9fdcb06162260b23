using System.Net;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>The 429 answer to too many sign-in attempts: problem details for the API, a short page for forms.</summary>
public static class TooManyAttempts
{
    public const string Message = "For mange forsøk på kort tid. Vent et kvarter og prøv igjen.";

    public static async ValueTask WriteAsync(HttpContext context, string message = Message)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "900";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "For mange forsøk", Detail = message },
            });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>For mange forsøk – Arbeidsplan</title></head>" +
            $"<body><main><h1>For mange forsøk</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"/logg-inn\">Til innloggingen</a></p></main></body></html>");
    }
}
