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
