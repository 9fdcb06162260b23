using Arbeidsplan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Arbeidsplan.Tests.Support;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throwaway database for one test class: a temp SQLite file, or a fresh database on the test PostgreSQL, each copied from one
/// migrated template per test run (a file copy; CREATE DATABASE … TEMPLATE), so each class does not run every migration again.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> PostgresTemplate = new(CreatePostgresTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> SqliteTemplate = new(CreateSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? sqliteFile;
    private readonly string? postgresName;

    public TestDatabase(Provider provider)
    {
        Provider = provider;
        if (provider == Provider.Sqlite)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"arbeidsplan-test-{Guid.NewGuid():N}.db");
            File.Copy(SqliteTemplate.Value, sqliteFile);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = false }.ToString();
            return;
        }
        postgresName = $"test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE {postgresName} TEMPLATE {PostgresTemplate.Value}");
        // Pooled, as the app runs: a new PostgreSQL connection per request costs more than the request.
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = postgresName }.ToString();
    }

    /// <summary>The provider a test run chose for the tests that run on one database at a time: scripts/test.sh runs them on both.</summary>
    public static Provider ChosenProvider =>
        string.Equals(Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? Provider.Postgres
            : Provider.Sqlite;

    public Provider Provider { get; }
    public string ConnectionString { get; }

    private static string PostgresServer => Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set ARBEIDSPLAN_TEST_POSTGRES to a PostgreSQL server (scripts/test.sh starts one).");

    public void Dispose()
    {
        if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        else if (postgresName is not null)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }
            Execute($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
        }
    }

    private static string CreatePostgresTemplate()
    {
        var name = $"template_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false }.ToString();
        using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options))
        {
            db.Database.Migrate();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        return name;
    }

    /// <summary>A new SQLite file in WAL mode, as the app leaves it; closed (so checkpointed) before it is copied.</summary>
    private static string CreateSqliteTemplate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"arbeidsplan-template-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).AddInterceptors(SqliteFunctions.Instance).Options))
        {
            // As the app makes a new file (FreshSqliteSchemaTests holds it to what the migrations build).
            Assert.True(FreshSqliteSchema.TryCreateAsync(db).GetAwaiter().GetResult());
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var leftover in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(leftover);
            }
        };
        return file;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
