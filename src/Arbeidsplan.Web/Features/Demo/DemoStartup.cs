using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>Loads the demo organisation at start when asked to (`--demo` or Demo:Load=true), and only into an empty database.</summary>
public static class DemoStartup
{
    private const string Switch = "--demo";

    /// <summary>The arguments without `--demo`, which would otherwise swallow the next argument as its value.</summary>
    public static string[] WithoutDemoSwitch(string[] args) => args.Where(a => a != Switch).ToArray();

    public static bool Requested(string[] args, IConfiguration configuration) => args.Contains(Switch) || configuration.GetValue<bool>("Demo:Load");

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoLoader>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Organisations.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            logger.LogInformation("Demo not loaded: the database already has data");
            return;
        }
        var users = await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(ct);
        logger.LogInformation("Demo organisation loaded; {Count} demo users share the password {Password}", users.Count, DemoLoader.DemoPassword);
    }
}
