using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tracker.Data.Seeding;

namespace Tracker.Data.Tests;

/// <summary>A tracker database in a temporary folder, wired as the server wires it.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tracker-data-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:DataFolder"] = Folder }).Build();
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

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
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
