using System.Net;

namespace Arbeidsplan.Web.Operations;

/// <summary>
/// While <see cref="StartupPreparation"/> runs, every request but the health checks and static files is answered 503 with
/// Retry-After: a page that says what is happening and looks again by itself, or problem details for the API. A load balancer
/// sees /health/live answer and /health/ready say not yet, so it sends this instance nothing until the database is ready.
/// </summary>
public static class StartupGate
{
    private const int RetrySeconds = 2;

    public static void UseStartupGate(this WebApplication app)
    {
        var preparation = app.Services.GetRequiredService<StartupPreparation>();
        app.Use(async (context, next) =>
        {
            if (preparation.IsReady || Passes(context.Request.Path))
            {
                await next(context);
                return;
            }
            await AnswerAsync(context, preparation.Current);
        });
    }

    /// <summary>The kinds of file the web root and the framework serve; downloads (.xlsx, .pdf, .ics …) read the database and wait.</summary>
    private static readonly string[] StaticFiles = [".css", ".js", ".mjs", ".svg", ".ico", ".png", ".woff2", ".map"];

    /// <summary>Health checks (they say themselves whether the database is ready) and static files, which need no database.</summary>
    private static bool Passes(PathString path) =>
        path.StartsWithSegments("/health")
        || (!path.StartsWithSegments("/api") && StaticFiles.Contains(Path.GetExtension(path.Value), StringComparer.OrdinalIgnoreCase));

    private static async Task AnswerAsync(HttpContext context, StartupPreparation.Stage stage)
    {
        var (title, detail) = stage switch
        {
            StartupPreparation.Stage.LoadingDemo => ("Demoen lastes …", "Demoorganisasjonen legges inn gjennom importene. Det tar under et minutt; siden laster seg selv når den er klar."),
            StartupPreparation.Stage.Failed => ("Arbeidsplan kunne ikke starte", "Databasen kunne ikke gjøres klar. Driftsansvarlig finner årsaken i loggen."),
            _ => ("Arbeidsplan starter …", "Databasen gjøres klar. Siden laster seg selv om et øyeblikk."),
        };
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        var refresh = stage == StartupPreparation.Stage.Failed ? "" : $"<meta http-equiv=\"refresh\" content=\"{RetrySeconds}\">";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="nb">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">{refresh}
            <title>{WebUtility.HtmlEncode(title)} – Arbeidsplan</title><link rel="stylesheet" href="/app.css"></head>
            <body><main id="innhold" class="startup"><h1>{WebUtility.HtmlEncode(title)}</h1><p role="status">{WebUtility.HtmlEncode(detail)}</p></main></body>
            </html>
            """, context.RequestAborted);
    }
}
