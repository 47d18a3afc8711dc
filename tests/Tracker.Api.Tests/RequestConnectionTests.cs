using System.Data;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Data;
using Tracker.Data.Reads;

namespace Tracker.Api.Tests;

/// <summary>
/// The reads of one request share one connection (<see cref="RequestDatabase"/>): however many DataLoader batches
/// a request runs, it opens one connection, keeps it for its deferred payloads, and releases it when it ends.
/// </summary>
public sealed class RequestConnectionTests : IDisposable
{
    /// <summary>The outbox poll (SQLite, every second) belongs to no request: made rare so that it does not count.</summary>
    private static readonly Dictionary<string, string?> QuietOutbox = new() { ["Tracker:Events:OutboxPollInterval"] = "01:00:00" };

    private readonly TrackerApiFactory _factory = new(QuietOutbox);
    private readonly StatementCounter _counter;

    /// <summary>Listening from before the server starts: EF Core stops emitting events for a while after it found nobody listening.</summary>
    public RequestConnectionTests() => _counter = new StatementCounter(_factory.DataFolder);

    public void Dispose()
    {
        _counter.Dispose();
        _factory.Dispose();
    }

    /// <summary>
    /// The outbox relay reads where the outbox ends once the server has started, on a connection of its own: counting
    /// starts after that, or it would be counted as the request's whenever it runs late.
    /// </summary>
    private Task StartedAsync() => _factory.Services.GetRequiredService<Tracker.Api.Messaging.OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task A_request_running_several_batches_opens_one_connection()
    {
        _factory.CreateClient().Dispose();
        await StartedAsync();
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "states-that-refused.graphql"));
        _counter.Statements.Clear();
        _counter.ResetConnectionOpens();

        var response = await _factory.QueryAsync(query);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.NotEmpty(response["data"]!["jurisdictions"]!["nodes"]!.AsArray());
        // The page, its count, the deciding events, their citations and sources: several batches, one connection.
        Assert.True(_counter.Statements.Count >= 3, $"{_counter.Statements.Count} statements");
        Assert.Equal(1, _counter.ConnectionOpens);
    }

    [Fact]
    public async Task Deferred_payloads_read_on_the_request_connection_after_the_initial_result()
    {
        using var client = _factory.CreateClient();
        await StartedAsync();
        _counter.Statements.Clear();
        _counter.ResetConnectionOpens();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = """
                    {
                      letter(slug: "morton-2011-07-20") {
                        title
                        ... @defer(label: "signers") {
                          signatureCount
                          signatures(first: 3) { totalCount nodes { position signatory { __typename name } } }
                        }
                      }
                    }
                    """,
            }),
        };
        request.Headers.Accept.ParseAdd("multipart/mixed;incrementalSpec=v0.2");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("\"errors\"", body);
        Assert.Contains("\"label\":\"signers\"", body);
        Assert.Contains("\"signatureCount\":", body);
        Assert.Contains("\"position\":3", body);
        // The deferred fragment's batches ran after the initial result, on the connection the request opened.
        Assert.Equal(1, _counter.ConnectionOpens);
    }

    [Fact]
    public async Task The_connection_is_closed_when_the_request_scope_ends()
    {
        _factory.CreateClient().Dispose();
        IDbConnection connection;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<RequestDatabase>();
            await using (var lease = await database.RentAsync(CancellationToken.None))
            {
                connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(lease.Db.Database);
            }
            await using (var again = await database.RentAsync(CancellationToken.None))
            {
                Assert.Same(connection, Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(again.Db.Database));
                Assert.Equal(ConnectionState.Open, connection.State);
            }
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task Reads_of_one_request_take_turns_on_its_context()
    {
        _factory.CreateClient().Dispose();
        await using var scope = _factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<RequestDatabase>();
        var first = await database.RentAsync(CancellationToken.None);

        var second = database.RentAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using var lease = await second.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Same(first.Db, lease.Db);
    }
}
