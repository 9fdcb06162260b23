using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Features.Demo;

/// <summary>Loads the demo organisation at start when asked to (`--demo` or Demo:Load=true), and only into an empty database.</summary>
public static class DemoStartup
{
    private const string Switch = "--demo";

    /// <summary>The arguments without `--demo`, which would otherwise swallow the next argument as its value.</summary>
    public static string[] WithoutDemoSwitch(string[] args) => args.Where(a => a != Switch).ToArray();

    public static async Task LoadIfRequestedAsync(IServiceProvider services, string[] args, IConfiguration configuration)
    {
        if (!args.Contains(Switch) && !configuration.GetValue<bool>("Demo:Load"))
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoLoader>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Organisations.AnyAsync() || await db.Users.AnyAsync())
        {
            logger.LogInformation("Demo not loaded: the database already has data");
            return;
        }
        var users = await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync();
        logger.LogInformation("Demo organisation loaded; {Count} demo users share the password {Password}", users.Count, DemoLoader.DemoPassword);
    }
}
