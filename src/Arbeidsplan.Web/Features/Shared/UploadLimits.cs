using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// One size limit for every request, above the imports' own 50 MB check, and a clear Norwegian answer when it is passed:
/// a 2 GB upload is turned away before it is read, never with a 500 or a dropped connection.
/// </summary>
public static class UploadLimits
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    private const string Message = "Filen er for stor. Største tillatte størrelse er 50 MB. Ingenting er lagret.";

    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);
        services.AddExceptionHandler<TooLargeHandler>();
        return services;
    }

    /// <summary>Turns away a request whose declared length is too large; one sent in chunks is stopped by Kestrel's limit and the handler below.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            await TooLargeAsync(context);
            return;
        }
        await next();
    });

    private static async Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.Headers.Connection = "close";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "For stor fil", Detail = Message },
            });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>For stor fil – Arbeidsplan</title></head>" +
            $"<body><main><h1>For stor fil</h1><p>{Message}</p><p>Gå tilbake og velg en mindre fil.</p></main></body></html>");
    }

    private sealed class TooLargeHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || context.Response.HasStarted)
            {
                return false;
            }
            await TooLargeAsync(context);
            return true;
        }
    }
}
