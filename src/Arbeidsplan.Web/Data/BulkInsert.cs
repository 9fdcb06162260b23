using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type, in the current transaction, bound by EF's own type mappings so they are stored exactly as
/// SaveChanges stores them. On SQLite EF sends every row as a command of its own; one INSERT command reused for every row (SQLite prepares
/// its statement once), as Microsoft's SQLite guide advises, is many times faster. Other providers batch, so they go through SaveChanges.
/// Nothing stays tracked and nothing is audited: only for tables the audit log does not cover.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(this AppDbContext db, IEnumerable<T> entities) where T : class
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction)
        {
            throw new InvalidOperationException("Mange rader skrives bare i en transaksjon, så alt eller ingenting lagres.");
        }
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            var added = entities.ToList();
            db.AddRange(added);
            await db.SaveChangesAsync();
            // Detached again, so a later insert of the same keys in this context (a second import) is not refused as a tracking conflict.
            added.ForEach(e => db.Entry(e).State = EntityState.Detached);
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} er ikke en tabell.");
        if (entityType.GetProperties().Any(p => p.ValueGenerated != ValueGenerated.Never))
        {
            throw new InvalidOperationException($"{typeof(T).Name} har verdier databasen eller EF lager; de settes bare av SaveChanges.");
        }
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => (Name: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter(), p.IsNullable)).ToList();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        foreach (var entity in entities)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                command.Parameters.Add(c.Mapping.CreateParameter(command, "$p" + i, c.Getter.GetClrValueUsingContainingEntity(entity), c.IsNullable));
            }
            command.ExecuteNonQuery();
        }
    }
}
