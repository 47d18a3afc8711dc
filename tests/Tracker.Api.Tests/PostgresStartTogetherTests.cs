namespace Tracker.Api.Tests;

/// <summary>
/// Instances started together on a new PostgreSQL database all come up (found by a stranger's probe: two instances
/// both applied the migrations, and the second ended its process on "column already exists"): one migrates and
/// seeds while the others wait for it (<c>StartupLock</c>), then each finds the work done.
/// </summary>
public sealed class PostgresStartTogetherTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly List<TrackerApiFactory> _servers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _servers.ForEach(server => server.Dispose());
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Three_instances_started_at_once_on_a_new_database_all_answer_from_one_seeded_record()
    {
        _servers.AddRange(Enumerable.Range(0, 3).Select(_ => new TrackerApiFactory(_database.ServerSettings())));

        // Each start runs the migrations and the seed on its own thread, as separate processes would.
        await Task.WhenAll(_servers.Select(server => Task.Run(() => server.CreateClient().Dispose())));
        var answers = await Task.WhenAll(_servers.Select(server => server.QueryAsync("""{ organizations(first: 1) { totalCount } }""")));

        Assert.All(answers, answer => Assert.True(answer["errors"] is null, answer.ToJsonString()));
        var counts = answers.Select(answer => (int)answer["data"]!["organizations"]!["totalCount"]!).ToList();
        Assert.True(counts[0] > 0);
        Assert.All(counts, count => Assert.Equal(counts[0], count));
    }
}
