using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Api.Maintainers;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Two server instances on one PostgreSQL database: a subscriber connected to one sees the event of a mutation
/// made through the other (LISTEN/NOTIFY).
/// </summary>
public sealed class PostgresSubscriptionTests : IAsyncLifetime
{
    private readonly string _database = "tracker_test_" + Guid.NewGuid().ToString("N");
    private TrackerApiFactory _first = null!;
    private TrackerApiFactory _second = null!;

    private static string Server => Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("TRACKER_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a PostgreSQL server, or point it at one.");

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Tracker:Provider"] = "Postgres",
            ["ConnectionStrings:Tracker"] = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString,
        };
        _first = new TrackerApiFactory(settings);
        _second = new TrackerApiFactory(settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _first.Dispose();
        _second.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_sees_a_mutation_made_on_another()
    {
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
        await _first.Services.GetRequiredService<PostgresTopicBus>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        await _second.Services.GetRequiredService<PostgresTopicBus>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        var (_, key) = await _first.Services.GetRequiredService<ApiKeys>().CreateAsync("two-instances", ApiKeyRole.Maintainer, default);

        var client = _second.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(_second.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (string)(await ReceiveAsync(socket))["type"]!);
        await SendAsync(socket, new { id = "s", type = "subscribe", payload = new { query = "subscription { statusChanged(jurisdiction: \"KS\") { status jurisdiction { code status } } }" } });
        await Task.Delay(300);

        using var http = _first.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "mutation { recordStatusChange(input: { jurisdiction: \"KS\", status: OPT_OUT_REQUESTED, effectiveOn: \"2011-10-01\", description: \"x\", sources: [{ source: \"mirac-blog\" }] }) { errors { message } } }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        Assert.Contains("\"errors\":[]", await response.Content.ReadAsStringAsync());

        var next = await ReceiveAsync(socket);
        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal("OPT_OUT_REQUESTED", (string)next["payload"]!["data"]!["statusChanged"]!["status"]!);
        Assert.Equal("KS", (string)next["payload"]!["data"]!["statusChanged"]!["jurisdiction"]!["code"]!);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(text.ToString())!;
    }
}
