using Npgsql;

namespace Tracker.Api.Tests;

/// <summary>
/// The seeded server with maintainer keys, and a counter of the SQL statements run on its database, listening
/// from before the server starts (EF Core stops raising command events for a while after it last found nobody
/// listening, so a counter attached late could miss statements and prove nothing).
/// </summary>
public class WideInputApi : MaintainerApi
{
    public WideInputApi()
        : this([], marker: null)
    {
    }

    protected WideInputApi(Dictionary<string, string?> settings, string? marker)
        : base(Quiet(settings)) => Statements = new StatementCounter(marker ?? Factory.DataFolder);

    /// <summary>
    /// The server's reads of the event outbox (SQLite, every second) belong to no request: one falling between a
    /// test's clearing of the counter and its check would be counted as the refused request's SQL. They are kept
    /// out of the count by making them rare.
    /// </summary>
    private static Dictionary<string, string?> Quiet(Dictionary<string, string?> settings) =>
        new(settings) { ["Tracker:Events:OutboxPollInterval"] = "01:00:00" };

    public StatementCounter Statements { get; }

    public override async Task DisposeAsync()
    {
        Statements.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The same on PostgreSQL, in a database of its own that is dropped afterwards.</summary>
public sealed class PostgresWideInputApi : WideInputApi
{
    private readonly PostgresDatabase _database;

    public PostgresWideInputApi()
        : this(new PostgresDatabase())
    {
    }

    private PostgresWideInputApi(PostgresDatabase database)
        : base(database.ServerSettings(), DatabaseName(database)) => _database = database;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string DatabaseName(PostgresDatabase database) =>
        new NpgsqlConnectionStringBuilder(database.ServerSettings()["ConnectionStrings:Tracker"]).Database!;
}
