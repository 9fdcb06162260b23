using Microsoft.Data.Sqlite;
using Npgsql;

namespace Arbeidsplan.Tests.Support;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>A throwaway database for one test class: a temp SQLite file, or a fresh database on the test PostgreSQL.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresName;
    private readonly string? postgresServer;

    public TestDatabase(Provider provider)
    {
        Provider = provider;
        if (provider == Provider.Sqlite)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"arbeidsplan-test-{Guid.NewGuid():N}.db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = false }.ToString();
            return;
        }
        postgresServer = Environment.GetEnvironmentVariable("ARBEIDSPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set ARBEIDSPLAN_TEST_POSTGRES to a PostgreSQL server (scripts/test.sh starts one).");
        postgresName = $"test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(postgresServer))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {postgresName}", connection);
            command.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresName, Pooling = false }.ToString();
    }

    public Provider Provider { get; }
    public string ConnectionString { get; }

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
            using var connection = new NpgsqlConnection(postgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
