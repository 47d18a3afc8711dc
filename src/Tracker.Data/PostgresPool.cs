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
    /// The connection string with <c>Maximum Pool Size</c> set to <c>Tracker:Postgres:MaxPoolSize</c> (default
    /// <see cref="DefaultMaxSize"/>), unless the connection string sets it itself.
    /// </summary>
    public static string Bounded(string connectionString, IConfiguration configuration)
    {
        if (ConnectionStringKeys.Sets(connectionString, "MaximumPoolSize", "MaxPoolSize"))
        {
            return connectionString;
        }
        var size = SettingValues.WholeNumber(configuration, "Tracker:Postgres:MaxPoolSize") ?? DefaultMaxSize;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = size }.ConnectionString;
    }
}
