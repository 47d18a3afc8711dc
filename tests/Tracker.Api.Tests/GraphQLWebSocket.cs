using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>A graphql-transport-ws client on a test server: connects, acknowledges, subscribes, reads messages.</summary>
public sealed class GraphQLWebSocket : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly IServiceProvider _services;

    private GraphQLWebSocket(WebSocket socket, IServiceProvider services)
    {
        _socket = socket;
        _services = services;
    }

    public static async Task<GraphQLWebSocket> ConnectAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, object? connectionParams = null, string? authorizationHeader = null)
        where TEntryPoint : class
    {
        var connection = await InitAsync(factory, connectionParams, authorizationHeader);
        var ack = await connection.ReceiveAsync();
        if ((string?)ack["type"] != "connection_ack")
        {
            throw new InvalidOperationException("Expected connection_ack, got " + ack.ToJsonString());
        }
        return connection;
    }

    /// <summary>Opens a connection and sends connection_init (with the payload, if any) without waiting for the answer.</summary>
    public static async Task<GraphQLWebSocket> InitAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, object? connectionParams = null, string? authorizationHeader = null)
        where TEntryPoint : class
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (authorizationHeader is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorizationHeader;
        }
        var connection = new GraphQLWebSocket(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "/graphql"), CancellationToken.None), factory.Services);
        await connection.SendAsync(connectionParams is null ? new { type = "connection_init" } : new { type = "connection_init", payload = connectionParams });
        return connection;
    }

    /// <summary>Reads until the server closes the connection (within 15 s); its close code and reason.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);
        return ((int)result.CloseStatus!, result.CloseStatusDescription ?? "");
    }

    /// <summary>
    /// Starts a subscription and awaits the server opening it on <paramref name="topic"/>, so that what is published
    /// next reaches it (the protocol has no acknowledgement of a subscribe). Needs a <see cref="TrackerApiFactory"/>.
    /// </summary>
    public async Task SubscribeAsync(string id, string query, string topic)
    {
        var opened = _services.GetRequiredService<Live.OpenedSubscriptions>();
        var before = opened.Count(topic);
        await SendAsync(new { id, type = "subscribe", payload = new { query } });
        await opened.WaitForAsync(topic, before);
    }

    public Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JsonNode> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(text.ToString())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        _socket.Dispose();
    }
}
