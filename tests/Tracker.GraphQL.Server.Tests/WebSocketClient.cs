using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>A small graphql-transport-ws client over the test server's WebSocket.</summary>
internal sealed class WebSocketClient(WebSocket socket) : IAsyncDisposable
{
    public WebSocket Socket { get; } = socket;

    public static async Task<WebSocketClient> ConnectAsync(TestApp app, string? subProtocol = "graphql-transport-ws")
    {
        var client = app.Server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }
        var socket = await client.ConnectAsync(new Uri(app.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new WebSocketClient(socket);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var builder = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, cancellation.Token);
            builder.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonDocument.Parse(builder.ToArray()).RootElement.Clone();
    }

    public async Task<string> ReceiveTypeAsync() => (await ReceiveAsync())?.GetProperty("type").GetString() ?? "<closed>";

    public async Task InitAsync()
    {
        await SendAsync(new { type = "connection_init" });
        var ack = await ReceiveTypeAsync();
        if (ack != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {ack}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        Socket.Dispose();
    }
}
