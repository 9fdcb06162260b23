using Arbeidsplan.Web.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Web.Data;

/// <summary>Chooses the database provider from configuration and brings the schema up to date at start.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddArbeidsplanDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // The interceptor belongs to the scope: it writes the scope's actor into every audit entry.
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditLog>();
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Arbeidsplan") is { Length: > 0 } configured ? configured : null;
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider er Postgres, men ConnectionStrings:Arbeidsplan mangler.");
            }
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) =>
                o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            connectionString ??= DefaultSqlite(configuration, environment);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) =>
                o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), SqliteFunctions.Instance));
        }
        // One key ring for every instance and every restart: a sign-in, a form or a reminder's link made by one is read by another.
        services.AddDataProtection().SetApplicationName("Arbeidsplan").PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>
    /// Drops data protection's start-up read of the key ring. It reads through the whole model, whose building (two seconds here)
    /// then held up the app's listening; read at the first sign-in or form instead, after <see cref="StartupPreparation"/>. Called
    /// after every registration, since Identity and antiforgery add data protection again.
    /// </summary>
    public static void ReadKeyRingOnFirstUse(this IServiceCollection services)
    {
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(preload);
        }
    }

    /// <summary>
    /// The model (the longest part of a first start) is built on another thread while the schema is brought up to date: a new
    /// SQLite file's stored script needs none, and the first request finds it built. Both are awaited, so neither fails unseen.
    /// </summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken ct = default) =>
        Task.WhenAll(UpdateSchemaAsync(services, ct), Task.Run(() => BuildModel(services), ct));

    private static async Task UpdateSchemaAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A new SQLite file gets its whole schema at once. Otherwise the pending migrations are
        // asked first because Migrate compares the model with the last migration's snapshot every time (half a second here), and
        // the test script already refuses a model change without its migration. Several instances starting at once each see the
        // migrations pending; Migrate's own lock lets one apply them and the others find them applied.
        if (!await FreshSqliteSchema.TryCreateAsync(db, ct) && (await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one request writes; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private static void BuildModel(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
    }

    private static string DefaultSqlite(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Database:DataFolder"] ?? "data";
        var fullFolder = Path.GetFullPath(folder, environment.ContentRootPath);
        Directory.CreateDirectory(fullFolder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(fullFolder, "arbeidsplan.db") }.ToString();
    }
}
