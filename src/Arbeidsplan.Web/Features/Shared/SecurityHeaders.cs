using Microsoft.AspNetCore.Antiforgery;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// Headers on every response that keep the pages from being framed, sniffed or made to run script from elsewhere, and the check
/// that a form or upload sent to the API with the sign-in cookie carries the form token (bearer calls carry none and need none).
/// </summary>
public static class SecurityHeaders
{
    // No inline script and no inline style: the pages use only files from this site.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response that set its own, stricter policy (a downloaded document's sandbox) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>An API form or upload sent with the sign-in cookie must carry the form token, as the pages' forms do.</summary>
    public static IApplicationBuilder UseFormTokensOnCookieApiCalls(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.HasFormContentType && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && request.Cookies.Count > 0)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = 400, Title = "Skjemanøkkel mangler",
                        Detail = "Et skjema sendt med innloggingskaken må ha skjemanøkkelen (antiforgery-token). Last inn siden på nytt, eller bruk et bearer-token fra /api/auth/login.",
                    },
                });
                return;
            }
        }
        await next();
    });
}
