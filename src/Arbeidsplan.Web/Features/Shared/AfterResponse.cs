namespace Arbeidsplan.Web.Features.Shared;

/// <summary>
/// Work done once the answer has been sent, in a scope of its own: so the answer takes as long whether or not there was work
/// (a reset link asked for an unknown address is answered as fast as one for a known address).
/// </summary>
public static class AfterResponse
{
    public static void Run(HttpContext context, Func<IServiceProvider, Task> work)
    {
        var scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AfterResponse));
        context.Response.OnCompleted(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Nobody waits for this answer any more: the failure goes to the log.
                logger.LogError(e, "Work after the response failed");
            }
        });
    }
}
