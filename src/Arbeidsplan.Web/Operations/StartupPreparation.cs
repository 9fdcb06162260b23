using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Demo;

namespace Arbeidsplan.Web.Operations;

/// <summary>
/// Brings the database up to date and loads the demo when asked for, once per start. The app listens while this runs, so a
/// newcomer's first page answers at once («Arbeidsplan starter …», «Demoen lastes …») instead of after the half-minute the demo
/// takes through the importers; <see cref="StartupGate"/> holds every other request until it is done. Tests and the bench
/// (Startup:PrepareBeforeListening) wait for it before the app listens, as if it were part of the start.
/// </summary>
public sealed class StartupPreparation(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<StartupPreparation> logger)
{
    public enum Stage
    {
        Migrating,
        LoadingDemo,
        Ready,
        Failed,
    }

    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Stage Current { get; private set; } = Stage.Migrating;

    public bool IsReady => Current == Stage.Ready;

    /// <summary>Completes when the database is ready (jobs wait for it); faults when the preparation failed.</summary>
    public Task Ready => done.Task;

    /// <summary>Runs the preparation; a failure stops the app (exit code 1), as a failed migration at start always did.</summary>
    public async Task RunAsync(bool loadDemo, CancellationToken ct = default)
    {
        try
        {
            await DatabaseSetup.MigrateAsync(services, ct);
            if (loadDemo)
            {
                Current = Stage.LoadingDemo;
                await DemoStartup.LoadAsync(services, ct);
            }
            Current = Stage.Ready;
            done.TrySetResult();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            done.TrySetCanceled(ct);
            throw;
        }
        catch (Exception e)
        {
            Current = Stage.Failed;
            done.TrySetException(e);
            logger.LogCritical(e, "The database could not be prepared; the app stops");
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            throw;
        }
    }

    /// <summary>Starts the preparation on the thread pool, so building the model and migrating does not hold up Kestrel.</summary>
    public void Start(bool loadDemo) => _ = Task.Run(async () =>
    {
        try
        {
            await RunAsync(loadDemo, lifetime.ApplicationStopping);
        }
        catch (Exception) when (Current == Stage.Failed || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Logged and the app stopped in RunAsync, or the app was stopped before the database was ready.
        }
    });
}
