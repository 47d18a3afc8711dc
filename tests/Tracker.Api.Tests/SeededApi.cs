namespace Tracker.Api.Tests;

/// <summary>One seeded server shared by the read-only tests of a class (seeding once keeps the suite quick).</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public TrackerApiFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        // Creating the client starts the host: migrations and seeding run here.
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same on PostgreSQL, in a database of its own that is dropped afterwards.</summary>
public sealed class SeededPostgresApi : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public TrackerApiFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new TrackerApiFactory(_database.ServerSettings());
        Factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await _database.DisposeAsync();
    }
}
