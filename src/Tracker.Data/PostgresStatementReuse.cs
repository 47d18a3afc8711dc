using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Tracker.Data;

/// <summary>
/// Npgsql settings that spare PostgreSQL work it would otherwise repeat on every request. The database server shares
/// the machine with the tracker, and at 1,000,000 signatures parsing and planning took more of its time than running
/// most statements (0.3 to 0.6 ms per statement against 0.05 to 0.2 ms to execute, from PostgreSQL's own log).
/// <list type="bullet">
/// <item><b>Automatic preparation</b> (<c>Max Auto Prepare</c>, <c>Auto Prepare Min Usages</c>): a statement
/// text run often enough on a physical connection is prepared there and kept (least recently used out first), so
/// that later runs skip the parse and, once PostgreSQL settles on a generic plan, the planning. The statements are
/// EF Core's, fixed in shape: a batch's keys are one array parameter, so texts do not vary with the batch.</item>
/// <item><b>No reset on close</b> (<c>No Reset On Close</c>): a connection returned to the pool is otherwise
/// reset (its session state discarded) before its next use, a statement per request. The tracker leaves no session
/// state behind: its settings and locks are transaction-scoped (<c>SET LOCAL</c>, <c>set_config(..., true)</c>,
/// <c>pg_advisory_xact_lock</c>), it creates no temporary tables, and its LISTENs are on connections outside the
/// pool; an open transaction is still rolled back when a connection goes back to the pool.</item>
/// </list>
/// Each is <c>Tracker:Postgres:...</c> (see README's settings), and a value written in the connection string wins.
/// A prepared statement lives as long as its connection: a migration that changes the type of a column a running
/// instance reads can make that instance's prepared statements fail (PostgreSQL's "cached plan must not change result
/// type") until it restarts; instances are restarted to migrate anyway (the server migrates on start).
/// </summary>
public static class PostgresStatementReuse
{
    /// <summary>
    /// Statements kept prepared per connection: the README queries run 83 distinct ones, reads and writes together
    /// fit. PostgreSQL keeps each one's parse tree and plan in the connection's memory (kilobytes each).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 200;

    /// <summary>
    /// Runs of a statement on a connection before it is prepared: a statement is prepared on its second run
    /// (Npgsql's default, 5, leaves every pooled connection parsing each statement five times first).
    /// </summary>
    public const int DefaultAutoPrepareMinUsages = 2;

    /// <summary>
    /// The connection string with automatic preparation and no reset on close set from
    /// <c>Tracker:Postgres:MaxAutoPrepare</c> (0 turns preparation off), <c>Tracker:Postgres:AutoPrepareMinUsages</c>
    /// and <c>Tracker:Postgres:ResetOnClose</c>, each unless the connection string writes it itself.
    /// </summary>
    public static string Applied(string connectionString, IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var changed = false;
        if (!ConnectionStringKeys.Sets(connectionString, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = SettingValues.WholeNumber(configuration, "Tracker:Postgres:MaxAutoPrepare", 0, 10_000) ?? DefaultMaxAutoPrepare;
            changed = true;
        }
        if (!ConnectionStringKeys.Sets(connectionString, "AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = SettingValues.WholeNumber(configuration, "Tracker:Postgres:AutoPrepareMinUsages", 1, 1_000) ?? DefaultAutoPrepareMinUsages;
            changed = true;
        }
        if (!ConnectionStringKeys.Sets(connectionString, "NoResetOnClose"))
        {
            builder.NoResetOnClose = !(SettingValues.Boolean(configuration, "Tracker:Postgres:ResetOnClose") ?? false);
            changed = true;
        }
        return changed ? builder.ConnectionString : connectionString;
    }
}
