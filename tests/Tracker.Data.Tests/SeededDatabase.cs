namespace Tracker.Data.Tests;

/// <summary>One migrated and seeded SQLite database shared by the read-only tests of a class.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public TempDatabase Database { get; } = new();

    public Task InitializeAsync() => Database.MigrateAndSeedAsync();

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
