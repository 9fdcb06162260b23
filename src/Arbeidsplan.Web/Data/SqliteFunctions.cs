using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Arbeidsplan.Web.Data;

/// <summary>
/// SQLite's own lower() and upper() change only A–Z, so a search for «øk» would miss «Økonomi» there while PostgreSQL finds it.
/// Each connection gets .NET's invariant case mapping in their place, so <c>ToLower()</c> in a query means the same on both databases.
/// </summary>
public sealed class SqliteFunctions : DbConnectionInterceptor
{
    public static readonly SqliteFunctions Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
        }
    }
}
