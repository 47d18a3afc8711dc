using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Stopping the host with open subscriptions: every WebSocket closes with 1001 "Going away" and no "complete" (what
/// graphql-ws's server does on dispose, so that reconnecting clients resubscribe), every event stream gets its "complete" event,
/// and the stop returns without waiting for the host's shutdown timeout (set here to five minutes, so that a
/// server still holding its subscriptions would fail the bounded waits below).
/// </summary>
public sealed class ShutdownTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Stopping_closes_sockets_with_going_away_without_completing_their_subscriptions_and_completes_event_streams()
    {
        await using var app = await TestApp.StartOnLoopbackAsync(host: builder => builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(5)));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketHandler.SubProtocol);
        await socket.ConnectAsync(new Uri($"ws://{app.Address.Authority}/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "a", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await SendAsync(socket, new { id = "b", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        using var http = new HttpClient { BaseAddress = app.Address };
        var sse = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"subscription { bookAdded { title } }"}""", Encoding.UTF8, "application/json") };
        sse.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await http.SendAsync(sse, HttpCompletionOption.ResponseHeadersRead);
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 3);

        var stopping = app.App.StopAsync();
        // No "complete": graphql-ws clients set to reconnect resubscribe only to subscriptions that did not complete.
        var messages = new List<string>();
        while (await ReceiveAsync(socket) is { } message)
        {
            messages.Add(message.GetRawText());
        }
        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        var events = await stream.Content.ReadAsStringAsync().WaitAsync(Bound);
        await stopping.WaitAsync(Bound);

        Assert.Empty(messages);
        Assert.Equal((WebSocketCloseStatus)1001, socket.CloseStatus);
        Assert.Equal("Going away", socket.CloseStatusDescription);
        Assert.Equal("event: complete\ndata: \n\n", events);
        Assert.Equal(0, bus.SubscriberCount("bookAdded"));
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server sent its close frame; fails if nothing comes within the bound.</summary>
    private static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var buffer = new byte[16 * 1024];
        var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

}
