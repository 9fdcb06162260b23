using Arbeidsplan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Arbeidsplan.Tests.Data;

/// <summary>
/// A new SQLite file made from the model (<see cref="FreshSqliteSchema"/>) is the file the migrations make: the same tables and
/// columns, indexes, foreign keys, seeded rows and applied migrations, so the next migration finds what it expects.
/// </summary>
public sealed class FreshSqliteSchemaTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("arbeidsplan-schema").FullName;

    [Fact]
    public async Task FreshSchema_NewFile_IsWhatTheMigrationsBuild()
    {
        var migrated = Path.Combine(folder, "migrated.db");
        var fresh = Path.Combine(folder, "fresh.db");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }
        await using (var db = Context(fresh))
        {
            Assert.True(await FreshSqliteSchema.TryCreateAsync(db));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(await FreshSqliteSchema.TryCreateAsync(db));
        }

        var (byMigrations, byModel) = (Describe(migrated), Describe(fresh));
        Assert.Empty(byMigrations.Except(byModel));
        Assert.Empty(byModel.Except(byMigrations));
    }

    /// <summary>
    /// The script stored with the app is the one the model makes now, but for the EF version in the history rows. After a model
    /// change and its migration: <c>ARBEIDSPLAN_WRITE_SQLITE_SCHEMA=1 dotnet test --filter StoredScript</c> writes it, then build again.
    /// </summary>
    [Fact]
    public async Task StoredScript_ModelAsItIsNow_IsTheScriptTheModelMakes()
    {
        await using var db = Context(Path.Combine(folder, "model.db"));
        var made = FreshSqliteSchema.Make(db);
        if (Environment.GetEnvironmentVariable("ARBEIDSPLAN_WRITE_SQLITE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(Operations.AppInstance.RepositoryRoot(), "src", "Arbeidsplan.Web", "Data", "SqliteSchema.sql"), made);
        }
        Assert.True(Versionless(FreshSqliteSchema.StoredScript()) == Versionless(made),
            "src/Arbeidsplan.Web/Data/SqliteSchema.sql is not what the model makes: ARBEIDSPLAN_WRITE_SQLITE_SCHEMA=1 dotnet test --filter StoredScript, then build again.");
    }

    [Fact]
    public void Script_StoredBeforeTheLastMigration_IsMadeFromTheModel()
    {
        var stored = FreshSqliteSchema.StoredScript()!;
        var last = stored[..stored.IndexOf('\n', StringComparison.Ordinal)].Split(' ')[^1];
        Assert.Same(stored, FreshSqliteSchema.Choose(stored, last, () => "made"));
        Assert.Equal("made", FreshSqliteSchema.Choose(stored, last + "_Later", () => "made"));
        Assert.Equal("made", FreshSqliteSchema.Choose(stored, last[..^1], () => "made"));
        Assert.Equal("made", FreshSqliteSchema.Choose(null, last, () => "made"));
    }

    private static string? Versionless(string? script) =>
        script is null ? null : System.Text.RegularExpressions.Regex.Replace(script, @"'\d+\.\d+\.\d+[^']*'\);", "'?');");

    private static SqliteAppDbContext Context(string file) => new(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()).Options);

    /// <summary>Every table's columns (name, type, null, key), indexes and foreign keys, and its row count (the seeded rows), as sorted lines; the history's ids, not its versions.</summary>
    private static List<string> Describe(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock'").Select(r => r[0]))
        {
            // Not the default: a column added by a later migration keeps the default it gave the rows already there, which the app,
            // writing every column, never relies on.
            lines.AddRange(Query(connection, $"PRAGMA table_info(\"{table}\")").Select(c => $"{table} column {c[1]} {c[2]} notnull={c[3]} pk={c[5]}"));
            lines.AddRange(Query(connection, $"PRAGMA foreign_key_list(\"{table}\")").Select(f => $"{table} fk {f[3]} -> {f[2]}.{f[4]} delete={f[6]}"));
            foreach (var index in Query(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = string.Join(",", Query(connection, $"PRAGMA index_info(\"{index[1]}\")").Select(c => c[2]));
                lines.Add($"{table} index {index[1]} unique={index[2]} ({columns}) partial={index[4]}");
            }
            var count = table == "__EFMigrationsHistory" ? string.Join(",", Query(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY 1").Select(r => r[0]))
                : Query(connection, $"SELECT COUNT(*) FROM \"{table}\"")[0][0];
            lines.Add($"{table} rows {count}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))]);
        }
        return rows;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
