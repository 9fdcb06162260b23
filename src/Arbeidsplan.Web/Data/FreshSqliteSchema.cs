using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// A new, empty SQLite file gets its schema in one script, with every migration recorded as applied: what the migrations build (a
/// test compares the two schemas), without building each migration's own model in turn. The script is stored with the app
/// (<c>SqliteSchema.sql</c>, made from the model after the last migration; a test holds it to the model and remakes it), so a
/// newcomer's first start writes the schema while the model is still being built instead of after it. Should the stored script
/// be older than the last migration, the script is made from the model as it is. Later migrations apply to the file as to any
/// database. PostgreSQL keeps Migrate, whose lock lets several instances start on one new database.
/// </summary>
public static class FreshSqliteSchema
{
    public const string StoredScriptResource = "Arbeidsplan.Web.Data.SqliteSchema.sql";

    private const string Header = "-- The schema of a new SQLite file after migration ";

    /// <summary>Creates the schema when the file has no tables; false when it has (then the migrations take it from there).</summary>
    public static async Task<bool> TryCreateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (await HasTablesAsync(connection, ct))
            {
                return false;
            }
            var script = Choose(StoredScript(), db.Database.GetMigrations().LastOrDefault() ?? "", () => Make(db));
            // One transaction: a start stopped halfway leaves an empty file, which the next start creates again.
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = script;
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The script as the model makes it now: the tables, the migrations' history and a row for each migration.</summary>
    public static string Make(AppDbContext db)
    {
        var history = db.GetService<IHistoryRepository>();
        var migrations = db.Database.GetMigrations().ToList();
        var script = new StringBuilder(Header).Append(migrations.LastOrDefault() ?? "").Append('\n')
            .AppendLine(db.GetService<IRelationalDatabaseCreator>().GenerateCreateScript())
            .AppendLine(history.GetCreateScript());
        foreach (var migration in migrations)
        {
            script.AppendLine(history.GetInsertScript(new HistoryRow(migration, ProductInfo.GetVersion())));
        }
        return script.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The stored script when it was made after the last migration; otherwise the model's script as it is now.</summary>
    public static string Choose(string? stored, string lastMigration, Func<string> make) =>
        stored is not null && stored.StartsWith(Header + lastMigration + "\n", StringComparison.Ordinal) ? stored : make();

    /// <summary>The script stored with the app, or null in a build without it.</summary>
    public static string? StoredScript()
    {
        using var stream = typeof(FreshSqliteSchema).Assembly.GetManifestResourceStream(StoredScriptResource);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static async Task<bool> HasTablesAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
