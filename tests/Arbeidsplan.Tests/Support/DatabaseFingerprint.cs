using Arbeidsplan.Domain.Common;
using Arbeidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Arbeidsplan.Tests.Support;

/// <summary>The row count of every table and the sum of every row version: any write anywhere changes it.</summary>
public static class DatabaseFingerprint
{
    // The signed-in user's own sign-in bookkeeping (sessions, the authenticator key made when she opens the two-factor set-up).
    private static readonly HashSet<string> OwnAccount = ["UserSessions", "AspNetUserTokens"];

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var result = new SortedDictionary<string, string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is { } name && !OwnAccount.Contains(name) && !t.IsOwned()).DistinctBy(t => t.GetTableName()))
        {
            var table = type.GetTableName()!;
            var versioned = typeof(IVersioned).IsAssignableFrom(type.ClrType);
            await using var command = connection.CreateCommand();
            command.CommandText = versioned
                ? $"SELECT COUNT(*), COALESCE(SUM(\"Version\"), 0) FROM \"{table}\""
                : $"SELECT COUNT(*), 0 FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            result[table] = $"{reader.GetValue(0)}/{reader.GetValue(1)}";
        }
        return result;
    }

    public static string Difference(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        string.Join(", ", after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key} {before.GetValueOrDefault(a.Key)} → {a.Value}"));
}
