namespace Arbeidsplan.Web.Features.Jobs;

public static class JobServices
{
    /// <summary>The runner, once for the app, whatever features add jobs.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddScoped<JobLeases>();
        services.AddSingleton<JobRunner>().AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }

    public static IServiceCollection AddJob<T>(this IServiceCollection services) where T : ScheduledJob
    {
        services.AddSingleton<T>();
        services.AddSingleton<ScheduledJob>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
