using System.Data.Common;

namespace Tracker.Api.Tests;

/// <summary>
/// A write on a connection of its own, as another process (SQLite) or instance (PostgreSQL) makes it: not through
/// the server's EF Core, so only the provider's signal (SQLite's data_version; the NOTIFY, sent here as every writer
/// sends it) can tell the server.
/// </summary>
internal static class OutsideWrite
{
    /// <summary>One statement changing one row, and <paramref name="notify"/> (when given) in the same transaction.</summary>
    public static async Task RunAsync(DbConnection connection, string statement, (string Name, string Value)[] parameters, string? notify)
    {
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var change = connection.CreateCommand())
        {
            change.Transaction = transaction;
            change.CommandText = statement;
            foreach (var (name, value) in parameters)
            {
                var parameter = change.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                change.Parameters.Add(parameter);
            }
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }
        if (notify is not null)
        {
            await using var signal = connection.CreateCommand();
            signal.Transaction = transaction;
            signal.CommandText = notify;
            await signal.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
