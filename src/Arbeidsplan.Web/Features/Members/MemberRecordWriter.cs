using System.Globalization;
using Arbeidsplan.Domain.Members;
using Arbeidsplan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Arbeidsplan.Web.Features.Members;

/// <summary>
/// Writes a snapshot's member rows straight to their table inside the import's transaction: one prepared INSERT reused for every row on SQLite,
/// binary COPY on PostgreSQL. Tracking half a million entities in EF took most of a national import's time and memory.
/// </summary>
internal static class MemberRecordWriter
{
    private static readonly string[] Columns = ["SnapshotId", "MemberNumber", "BranchId", "JoinedOn", "PaidForYear", "BirthYear", "Gender"];

    public static async Task WriteAsync(AppDbContext db, IEnumerable<MemberRecord> records)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Medlemsradene skrives bare i importens transaksjon.");
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        switch (db.Database.GetDbConnection())
        {
            case NpgsqlConnection connection:
                await using (var copy = await connection.BeginBinaryImportAsync($"COPY \"MemberRecords\" ({columns}) FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var r in records)
                    {
                        await copy.StartRowAsync();
                        await copy.WriteAsync(r.SnapshotId, NpgsqlDbType.Uuid);
                        await copy.WriteAsync(r.MemberNumber, NpgsqlDbType.Varchar);
                        await copy.WriteAsync(r.BranchId, NpgsqlDbType.Uuid);
                        await WriteNullableAsync(copy, r.JoinedOn?.ToDateOnly(), NpgsqlDbType.Date);
                        await WriteNullableAsync(copy, r.PaidForYear, NpgsqlDbType.Integer);
                        await WriteNullableAsync(copy, r.BirthYear, NpgsqlDbType.Integer);
                        await copy.WriteAsync((int)r.Gender, NpgsqlDbType.Integer);
                    }
                    await copy.CompleteAsync();
                }
                break;
            case SqliteConnection connection:
                InsertEach(connection, (SqliteTransaction)transaction, columns, records);
                break;
            default:
                db.MemberRecords.AddRange(records);
                await db.SaveChangesAsync();
                break;
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            await copy.WriteAsync(v, type);
        }
        else
        {
            await copy.WriteNullAsync();
        }
    }

    /// <summary>
    /// One prepared INSERT reused for every row, with the values in EF's SQLite formats: ids as upper-case text, dates as ISO text, enums as numbers.
    /// (One statement per hundred rows, or all rows as one JSON array through json_each, were no faster: the table's two indexes cost the time.)
    /// </summary>
    private static void InsertEach(SqliteConnection connection, SqliteTransaction transaction, string columns, IEnumerable<MemberRecord> records)
    {
        var ids = new Dictionary<Guid, string>();
        string Text(Guid id) => ids.TryGetValue(id, out var text) ? text : ids[id] = id.ToString().ToUpperInvariant();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"MemberRecords\" ({columns}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
        var p = Columns.Select((_, i) => command.Parameters.Add("$p" + i, i is 0 or 1 or 2 or 3 ? SqliteType.Text : SqliteType.Integer)).ToArray();
        command.Prepare();
        foreach (var r in records)
        {
            p[0].Value = Text(r.SnapshotId);
            p[1].Value = r.MemberNumber;
            p[2].Value = Text(r.BranchId);
            p[3].Value = r.JoinedOn is { } joined ? joined.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p[4].Value = r.PaidForYear is { } paid ? paid : DBNull.Value;
            p[5].Value = r.BirthYear is { } born ? born : DBNull.Value;
            p[6].Value = (int)r.Gender;
            command.ExecuteNonQuery();
        }
    }
}
