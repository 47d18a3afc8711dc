using Npgsql;

namespace Tracker.Api.Tests;

/// <summary>
/// A PostgreSQL database of its own for a test class, on the server TRACKER_TEST_POSTGRES names (README's test
/// command starts one); dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : ITestDatabase
{
    private readonly string _name = "tracker_test_" + Guid.NewGuid().ToString("N");

    private static string Server => Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("TRACKER_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a PostgreSQL server, or point it at one.");

    /// <summary>Settings that start the server on this database (created and migrated by the server itself).</summary>
    public Dictionary<string, string?> ServerSettings() => new()
    {
        ["Tracker:Provider"] = "Postgres",
        ["ConnectionStrings:Tracker"] = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        // Not NpgsqlConnection.ClearAllPools(): it is process-wide, and closed the idle pooled connections of the test
        // classes running beside this one (PostgresPreparedReadsTests, which counts the statements prepared on its one
        // pooled connection, then found a new connection with none). FORCE ends this database's own sessions, pooled
        // or not; their pool drops them when it next touches them.
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
