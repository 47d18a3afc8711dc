using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Tracker.Data;

/// <summary>
/// The size of a server's PostgreSQL connection pool. Npgsql's own default (100 per connection string) is
/// PostgreSQL's whole default <c>max_connections</c>: one busy instance used to take them all and fail with
/// <c>53300: sorry, too many clients already</c>. Each request holds at most one connection
/// (<see cref="Reads.RequestDatabase"/>) and writes one more, so a smaller pool lets requests beyond it wait their
/// turn (up to the connection string's <c>Timeout</c>, 15 s by default) while several instances fit.
/// </summary>
public static class PostgresPool
{
    /// <summary>Four instances and a few administrative sessions fit PostgreSQL's default of 100 connections.</summary>
    public const int DefaultMaxSize = 20;

    /// <summary>
    /// The largest pool the setting allows. A pool larger than the database accepts connections does not serve more
    /// requests: past <c>max_connections</c> each extra connection fails with <c>53300</c> instead of waiting for a
    /// free one. A thousand is above any single server's sensible share and keeps a typo (an extra zero or three) from
    /// turning the pool's bound off.
    /// </summary>
    public const int MaxSize = 1_000;

    /// <summary>
    /// The connection string with <c>Maximum Pool Size</c> set to <c>Tracker:Postgres:MaxPoolSize</c> (default
    /// <see cref="DefaultMaxSize"/>), unless the connection string sets it itself.
    /// </summary>
    public static string Bounded(string connectionString, IConfiguration configuration)
    {
        if (ConnectionStringKeys.Sets(connectionString, "MaximumPoolSize", "MaxPoolSize"))
        {
            return connectionString;
        }
        var size = SettingValues.WholeNumber(configuration, "Tracker:Postgres:MaxPoolSize", 1, MaxSize, "connections") ?? DefaultMaxSize;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = size }.ConnectionString;
    }
}
