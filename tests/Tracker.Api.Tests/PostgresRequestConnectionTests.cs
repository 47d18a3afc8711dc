using System.Net.Http.Json;
using Npgsql;

namespace Tracker.Api.Tests;

/// <summary>
/// On PostgreSQL, many more concurrent requests than the pool holds queue for a connection instead of failing,
/// and each opens one connection however many batches it runs (they used to open one per batch, in parallel,
/// and 16 clients exhausted the server's <c>max_connections</c>).
/// </summary>
public sealed class PostgresRequestConnectionTests : IAsyncLifetime
{
    private const int PoolSize = 2;
    private const int Clients = 64;

    private readonly PostgresDatabase _database = new();
    private TrackerApiFactory _factory = null!;
    private StatementCounter _counter = null!;

    public Task InitializeAsync()
    {
        var settings = _database.ServerSettings();
        settings["Tracker:Postgres:MaxPoolSize"] = PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Every request runs all its batches here (none is answered by the loads' memo), so that each opens one
        // connection for several statements.
        settings["Tracker:LoadMemo:MaxBytes"] = "0";
        _factory = new TrackerApiFactory(settings);
        _counter = new StatementCounter("Database=" + new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Tracker"]).Database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _counter.Dispose();
        _factory.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Sixty_four_clients_on_a_pool_of_two_all_get_answers_with_one_connection_each()
    {
        _factory.CreateClient().Dispose();
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "morton-signers-from-minnesota.graphql"));
        _counter.Statements.Clear();
        _counter.ResetConnectionOpens();

        var responses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => ExecutedAsync(query)));

        Assert.All(responses, response => Assert.True(response["errors"] is null, response["errors"]?.ToJsonString()));
        Assert.NotEmpty(responses[0]["data"]!["letter"]!["signatures"]!["nodes"]!.AsArray());
        Assert.All(responses, response => Assert.Equal(responses[0].ToJsonString(), response.ToJsonString()));
        // Several statements per request (the letter, its count, the page, its count, the signatories) on one connection each.
        Assert.True(_counter.Statements.Count >= Clients * 3, $"{_counter.Statements.Count} statements");
        Assert.Equal(Clients, _counter.ConnectionOpens);
    }

    /// <summary>Posts the query asking the server to execute it, not to answer from its response cache.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> ExecutedAsync(string query)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
