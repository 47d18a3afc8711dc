using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Subscriptions;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Connections held open for live data are bounded per client address and on the server, whatever the transport
/// (WebSocket, Server-Sent Events, multipart subscriptions): one more is refused with 429 and
/// <c>TOO_MANY_CONNECTIONS</c> before it is upgraded or streamed, and a closed one frees its place.
/// </summary>
public sealed class LiveConnectionLimitTests
{
    private const string ApolloAccept = "multipart/mixed;boundary=graphql;subscriptionSpec=1.0,application/json;q=0.9";

    [Fact]
    public async Task A_client_beyond_its_websocket_connections_is_refused_before_the_upgrade_until_one_closes()
    {
        // On Kestrel with real sockets: the refusal is the HTTP answer to the upgrade request, as a browser sees it.
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.MaxLiveConnectionsPerClient = 2);
        var live = app.Services.GetRequiredService<LiveConnections>();
        var first = await ConnectAsync(app);
        var second = await ConnectAsync(app);

        var refused = NewSocket();
        var refusal = await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(Endpoint(app), CancellationToken.None));
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await Signalled.WaitUntilAsync(() => live.NextChange, () => live.Count == 1);
        using var third = NewSocket();
        await third.ConnectAsync(Endpoint(app), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.HttpStatusCode);
        Assert.NotNull(refusal);
        Assert.Equal(WebSocketState.Open, second.State);
        Assert.Equal(WebSocketState.Open, third.State);
        Assert.Equal(2, live.Count);
        second.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task The_server_wide_bound_counts_every_live_transport_and_the_refusal_is_a_graphql_error()
    {
        await using var app = await TestApp.StartAsync(o => o.MaxLiveConnections = 2);
        using var client = app.Client;
        var live = app.Services.GetRequiredService<LiveConnections>();
        await using var socket = await WebSocketClient.ConnectAsync(app);
        await socket.InitAsync();
        using var stream = await client.SendAsync(Post(Json(new { query = "subscription { bookAdded { title } }" }), "text/event-stream"), HttpCompletionOption.ResponseHeadersRead);
        await Signalled.WaitUntilAsync(() => live.NextChange, () => live.Count == 2);

        using var multipart = await client.SendAsync(Post(Json(new { query = "subscription { bookAdded { title } }" }), ApolloAccept));
        var body = JsonDocument.Parse(await multipart.Content.ReadAsStringAsync()).RootElement;
        using var query = await client.SendAsync(Post(Json(new { query = "{ hello }" }), "application/json"));

        Assert.Equal(HttpStatusCode.TooManyRequests, multipart.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("TOO_MANY_CONNECTIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The server already holds 2 live connections, the most allowed; try again later.", error.GetProperty("message").GetString());
        // Plain queries and mutations hold no live connection and are not counted.
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(2, live.Count);
    }

    [Fact]
    public async Task A_reserved_event_stream_counts_among_the_live_connections()
    {
        // graphql-sse's single connection mode: the reservation is a plain request; the stream it opens is live.
        await using var app = await TestApp.StartAsync(o => o.MaxLiveConnectionsPerClient = 1);
        using var client = app.Client;
        var live = app.Services.GetRequiredService<LiveConnections>();
        using var held = await client.SendAsync(Post(Json(new { query = "subscription { bookAdded { title } }" }), "text/event-stream"), HttpCompletionOption.ResponseHeadersRead);
        await Signalled.WaitUntilAsync(() => live.NextChange, () => live.Count == 1);
        using var reservation = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        var token = await reservation.Content.ReadAsStringAsync();

        var stream = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "X-GraphQL-Event-Stream-Token", token } } };
        stream.Headers.Accept.ParseAdd("text/event-stream");
        using var refused = await client.SendAsync(stream);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, reservation.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("TOO_MANY_CONNECTIONS", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, live.Count);
    }

    private static ClientWebSocket NewSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketHandler.SubProtocol);
        socket.Options.CollectHttpResponseDetails = true;
        return socket;
    }

    private static async Task<ClientWebSocket> ConnectAsync(TestApp app)
    {
        var socket = NewSocket();
        await socket.ConnectAsync(Endpoint(app), CancellationToken.None);
        return socket;
    }

    private static Uri Endpoint(TestApp app) => new UriBuilder(app.Address) { Scheme = "ws", Path = "/graphql" }.Uri;
}
