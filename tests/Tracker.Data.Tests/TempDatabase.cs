using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.Data.Seeding;

namespace Tracker.Data.Tests;

/// <summary>
/// A tracker database in a temporary folder (SQLite), or of its own on the PostgreSQL server TRACKER_TEST_POSTGRES
/// names (dropped afterwards), wired as the server wires it.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string? _postgresDatabase;

    /// <param name="postgres">PostgreSQL rather than SQLite.</param>
    /// <param name="settings">Settings besides the database's own (<c>Tracker:MigrationTimeout</c>, ...).</param>
    /// <param name="postgresConnection">Changes to the PostgreSQL connection string (a command timeout, ...).</param>
    public TempDatabase(bool postgres = false, IReadOnlyDictionary<string, string?>? settings = null,
        Action<Npgsql.NpgsqlConnectionStringBuilder>? postgresConnection = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "tracker-data-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Tracker:DataFolder"] = Folder };
        if (postgres)
        {
            _postgresDatabase = "tracker_test_" + Guid.NewGuid().ToString("N");
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase };
            postgresConnection?.Invoke(connection);
            all["Tracker:Provider"] = "Postgres";
            all["ConnectionStrings:Tracker"] = connection.ConnectionString;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        Services = new ServiceCollection().AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddTrackerData(configuration).BuildServiceProvider();
    }

    public string Folder { get; }

    public ServiceProvider Services { get; }

    public IDbContextFactory<TrackerDbContext> Factory => Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();

    public SeedLoader Seeder => Services.GetRequiredService<SeedLoader>();

    public Task MigrateAndSeedAsync() => Services.MigrateAndSeedAsync();

    public async Task MigrateAsync()
    {
        Directory.CreateDirectory(Folder);
        await using var db = await Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    private static string PostgresServer => Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("TRACKER_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a PostgreSQL server, or point it at one.");

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
            admin.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a temporary folder is left behind.
        }
    }
}
