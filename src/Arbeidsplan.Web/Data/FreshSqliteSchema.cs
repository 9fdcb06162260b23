using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// A new, empty SQLite file gets its schema from the model in one script, with every migration recorded as applied: what the
/// migrations build (a test compares the two schemas), without building each migration's own model in turn, which made a
/// newcomer's first start wait three seconds more. Later migrations apply to it as to any database. PostgreSQL keeps Migrate,
/// whose lock lets several instances start on one new database.
/// </summary>
public static class FreshSqliteSchema
{
    /// <summary>Creates the schema when the file has no tables; false when it has (then the migrations take it from there).</summary>
    public static async Task<bool> TryCreateAsync(AppDbContext db, CancellationToken ct = default)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!db.Database.IsSqlite() || await creator.HasTablesAsync(ct))
        {
            return false;
        }
        var history = db.GetService<IHistoryRepository>();
        var script = new StringBuilder(creator.GenerateCreateScript()).AppendLine(history.GetCreateScript());
        foreach (var migration in db.Database.GetMigrations())
        {
            script.AppendLine(history.GetInsertScript(new HistoryRow(migration, ProductInfo.GetVersion())));
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // One transaction: a start stopped halfway leaves an empty file, which the next start creates again.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = script.ToString();
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return true;
    }
}
