using System.Diagnostics;
using System.Security.Claims;

namespace Arbeidsplan.Web.Operations;

/// <summary>
/// One log line per request, with who made it and a correlation id: the caller's X-Correlation-Id when it is a plain token (a
/// proxy's or an integration's), else the trace id. The id is sent back in the answer and is a scope on every line logged while
/// the request runs, so an error in the log is found from what the user saw. The route's pattern is logged, not the path, since
/// some paths carry a secret (a calendar feed's link).
/// </summary>
public static partial class RequestLog
{
    public const string Header = "X-Correlation-Id";

    private const string Category = "Arbeidsplan.Requests";

    public static void UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var id = CorrelationId(context);
            context.Response.Headers[Header] = id;
            var started = Stopwatch.GetTimestamp();
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id });
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(ingen rute)";
                var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
                Answered(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, user, id);
            }
        });
    }

    private static string CorrelationId(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        if (given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return given;
        }
        return Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms for user {UserId} ({CorrelationId})")]
    private static partial void Answered(ILogger logger, string method, string route, int statusCode, double elapsedMs, string userId, string correlationId);
}
