using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Browsers cannot set an Authorization header on a WebSocket upgrade; graphql-ws sends credentials in
/// connection_init's payload (connectionParams). A key there authorises the connection's operations as the header
/// does; a key that does not work closes the connection with 4403 and the HTTP refusal's code, counted as a
/// failed key check of the address like any other.
/// </summary>
public sealed class ConnectionParamsAuthTests(MaintainerApi api) : IClassFixture<MaintainerApi>, IDisposable
{
    private const string AddSource = """mutation { addSource(input: { slug: "SLUG", title: "Over WebSocket" }) { source { slug } errors { message } } }""";

    private readonly List<TrackerApiFactory> _servers = [];

    [Theory]
    [InlineData("Authorization", "ws-params-upper")]
    [InlineData("authorization", "ws-params-lower")]
    public async Task A_key_in_connection_params_authorises_a_mutation_over_the_connection(string name, string slug)
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory, new Dictionary<string, string> { [name] = "Bearer " + api.Maintainer });

        var result = await RunAsync(socket, AddSource.Replace("SLUG", slug));

        Assert.Equal("next", (string)result["type"]!);
        Assert.Equal(slug, (string)result["payload"]!["data"]!["addSource"]!["source"]!["slug"]!);
    }

    [Fact]
    public async Task The_upgrade_header_still_authorises_the_connection()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory, authorizationHeader: "Bearer " + api.Maintainer);

        var result = await RunAsync(socket, AddSource.Replace("SLUG", "ws-header"));

        Assert.Equal("ws-header", (string)result["payload"]!["data"]!["addSource"]!["source"]!["slug"]!);
    }

    [Fact]
    public async Task Without_a_key_a_mutation_over_the_connection_is_refused_and_nothing_is_applied()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        var audited = await api.AuditCountAsync();

        var result = await RunAsync(socket, AddSource.Replace("SLUG", "ws-anonymous"));

        Assert.Equal("error", (string)result["type"]!);
        Assert.Equal("UNAUTHENTICATED", (string)result["payload"]![0]!["extensions"]!["code"]!);
        Assert.Equal(audited, await api.AuditCountAsync());
    }

    [Fact]
    public async Task A_wrong_key_in_connection_params_closes_the_connection_with_4403_and_counts_as_a_failed_check()
    {
        var failures = await api.WithDbAsync(db => Task.FromResult(db.FailedKeyChecks.Count()));
        await using var socket = await GraphQLWebSocket.InitAsync(api.Factory, new { Authorization = "Bearer trk_not-a-key" });

        var (code, reason) = await socket.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden: UNAUTHENTICATED", reason);
        Assert.True(await api.WithDbAsync(db => Task.FromResult(db.FailedKeyChecks.Count())) > failures);
    }

    [Fact]
    public async Task A_revoked_key_in_connection_params_closes_the_connection_with_4403()
    {
        await using var socket = await GraphQLWebSocket.InitAsync(api.Factory, new { Authorization = "Bearer " + api.Revoked });

        var (code, reason) = await socket.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden: UNAUTHENTICATED", reason);
    }

    [Fact]
    public async Task Failed_checks_over_http_and_websocket_share_one_limit_after_which_even_a_good_key_is_refused_rate_limited()
    {
        var server = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:Auth:MaxFailedAttempts"] = "2" });
        _servers.Add(server);
        server.CreateClient().Dispose();
        var key = (await server.Services.GetRequiredService<ApiKeys>().CreateAsync("ws", ApiKeyRole.Maintainer, default)).Secret;
        using (var client = server.CreateClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ auditLog { totalCount } }" }) };
            request.Headers.Authorization = new("Bearer", "trk_wrong-over-http");
            (await client.SendAsync(request)).Dispose();
        }
        await using (var wrong = await GraphQLWebSocket.InitAsync(server, new { Authorization = "Bearer trk_wrong-over-ws" }))
        {
            Assert.Equal(4403, (await wrong.ReceiveCloseAsync()).Code);
        }

        await using var blocked = await GraphQLWebSocket.InitAsync(server, new { Authorization = "Bearer " + key });
        var (code, reason) = await blocked.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden: RATE_LIMITED", reason);
    }

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }
    }

    private static async Task<JsonNode> RunAsync(GraphQLWebSocket socket, string query)
    {
        await socket.SendAsync(new { id = "op", type = "subscribe", payload = new { query } });
        return await socket.ReceiveAsync();
    }
}
