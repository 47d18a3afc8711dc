using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Tracker.Data;

/// <summary>Which database the tracker runs on, read from configuration.</summary>
public sealed record TrackerDataOptions(TrackerProvider Provider, string ConnectionString, string? DataFolder)
{
    /// <summary>
    /// How long one statement of a migration (and of the start-up fills that follow it) may run:
    /// <c>Tracker:MigrationTimeout</c>, by default no limit. A migration that fills a new table from a large one (a
    /// million signatures) runs longer than a request's 30 seconds; stopped midway it rolls back, and the server
    /// then fails the same way on every start, so by default it is left to finish.
    /// </summary>
    public TimeSpan? MigrationTimeout { get; init; }

    /// <summary>SQLite: each connection's page cache, in KiB (<c>Tracker:Sqlite:CacheSizeKiB</c>, 16,384; see <see cref="SqlitePageCache"/>).</summary>
    public int SqliteCacheKiB { get; init; } = DefaultSqliteCacheKiB;

    public const int DefaultSqliteCacheKiB = 16_384;

    /// <summary>
    /// SQLite in <c>Tracker:DataFolder</c> (default: the user's local application data folder, <c>tracker/</c>)
    /// unless <c>ConnectionStrings:Tracker</c> is set, which selects PostgreSQL. <c>Tracker:Provider</c>
    /// (<c>Sqlite</c> or <c>Postgres</c>) overrides the choice.
    /// </summary>
    public static TrackerDataOptions From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Tracker");
        var provider = configuration["Tracker:Provider"] is { Length: > 0 } named
            ? Enum.TryParse<TrackerProvider>(named, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen)
                ? chosen
                : throw new InvalidSettingException($"Tracker:Provider must be Sqlite or Postgres (or empty, to follow ConnectionStrings:Tracker); \"{named}\" is neither.")
            : string.IsNullOrWhiteSpace(connectionString) ? TrackerProvider.Sqlite : TrackerProvider.Postgres;
        if (provider == TrackerProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidSettingException("Tracker:Provider is Postgres but ConnectionStrings:Tracker is empty.")
                : new TrackerDataOptions(provider, PostgresStatementReuse.Applied(PostgresPool.Bounded(connectionString, configuration), configuration), null) { MigrationTimeout = MigrationTimeoutFrom(configuration) };
        }
        var folder = configuration["Tracker:DataFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "tracker");
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "tracker.db"),
            ForeignKeys = true,
            Pooling = true,
        };
        return new TrackerDataOptions(provider, sqlite.ConnectionString, folder)
        {
            MigrationTimeout = MigrationTimeoutFrom(configuration),
            SqliteCacheKiB = SettingValues.WholeNumber(configuration, "Tracker:Sqlite:CacheSizeKiB", 100, 4_194_304, "KiB") ?? DefaultSqliteCacheKiB,
        };
    }

    /// <summary>
    /// From one second (a command timeout counts whole seconds, and EF Core rounds a shorter one to zero, which
    /// both providers read as no limit) to the longest command timeout ADO.NET takes, int.MaxValue seconds (EF Core
    /// refuses more only when the first migration runs, with a message that does not name the setting).
    /// </summary>
    private static TimeSpan? MigrationTimeoutFrom(IConfiguration configuration) =>
        SettingValues.TimeSpanWithin(configuration, "Tracker:MigrationTimeout", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(int.MaxValue), "00:10:00 (or empty, for no limit)");
}
