using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// The graphql-transport-ws protocol (as graphql-ws defines it): connection_init / connection_ack, ping / pong,
/// subscribe / next / error / complete, and the protocol's close codes when a client misbehaves. When the host
/// stops, the socket closes at once with 1001 "Going away", as graphql-ws's server does when disposed (no
/// <c>complete</c>, so that reconnecting clients resubscribe), instead of holding the shutdown until the host gives up.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    RequestExecutor executor,
    GraphQLServerOptions options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await WebSocketClosing.CloseWithinAsync(refused, 4406, "Subprotocol not acceptable", options.WebSocketCloseTimeout, logger);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        await new Connection(socket, context, executor, options, lifetime.ApplicationStopping, logger).RunAsync();
    }

    private sealed class Connection(
        WebSocket socket,
        HttpContext context,
        RequestExecutor executor,
        GraphQLServerOptions options,
        CancellationToken stopping,
        ILogger logger)
    {
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        private bool _initReceived;
        private bool _acknowledged;
        private int _closing;
        private Task _goingAway = Task.CompletedTask;

        public async Task RunAsync()
        {
            var initTimeout = Task.Delay(options.ConnectionInitTimeout, _closed.Token).ContinueWith(
                async task =>
                {
                    if (!task.IsCanceled && !_initReceived)
                    {
                        await CloseAsync(4408, "Connection initialisation timeout");
                    }
                },
                TaskScheduler.Default).Unwrap();
            // Registered after the init timeout so that a host already stopping closes the connection at once.
            var goAway = stopping.Register(() => _goingAway = Task.Run(GoAwayAsync));
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var message = await ReceiveAsync();
                    if (message is null)
                    {
                        break;
                    }
                    await HandleMessageAsync(message);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (WebSocketException exception)
            {
                logger.LogDebug(exception, "WebSocket connection ended abruptly");
            }
            finally
            {
                await goAway.DisposeAsync();
                // The socket is disposed when this returns: let a shutdown's close handshake end first.
                await _goingAway.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                // Every operation's token is linked to this one, so this stops them all (each disposes its own).
                _closed.Cancel();
                await initTimeout.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        /// <summary>
        /// The host is stopping: stop every operation and close with 1001 "Going away", as graphql-ws's server does when
        /// disposed. No "complete" is sent: it would tell the client that its subscriptions ended for good, and a
        /// client set to reconnect would then not resubscribe to them once the server is back.
        /// </summary>
        private async Task GoAwayAsync()
        {
            try
            {
                foreach (var id in _operations.Keys)
                {
                    // Removed first, so that the operation sends nothing more of its own.
                    if (_operations.TryRemove(id, out var operation))
                    {
                        await CancelAsync(operation);
                    }
                }
                await CloseAsync(1001, "Going away");
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
                logger.LogDebug(exception, "WebSocket connection ended before it could be closed for shutdown");
            }
        }

        private async Task<string?> ReceiveAsync()
        {
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var result = await socket.ReceiveAsync(memory, _closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // Complete the closing handshake the client started.
                    await CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), socket.CloseStatusDescription ?? string.Empty);
                    return null;
                }
                buffer.Advance(result.Count);
                if (buffer.WrittenCount > options.MaxRequestBodyBytes)
                {
                    await CloseAsync(4400, "Message too large");
                    return null;
                }
                if (result.EndOfMessage && !System.Text.Unicode.Utf8.IsValid(buffer.WrittenSpan))
                {
                    // Text frames must be UTF-8 (RFC 6455 §8.1); decoding would silently turn the bytes into U+FFFD.
                    await CloseAsync(4400, "Invalid message received: not UTF-8 text");
                    return null;
                }
                if (result.EndOfMessage)
                {
                    return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
                }
            }
        }

        private async Task HandleMessageAsync(string text)
        {
            JsonElement message;
            try
            {
                using var document = JsonDocument.Parse(text);
                message = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                await CloseAsync(4400, "Invalid message received");
                return;
            }
            if (Malformation(message) is { } malformation)
            {
                await CloseAsync(4400, $"Invalid message received: a string {malformation}");
                return;
            }
            var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            switch (type)
            {
                case "connection_init" or "ping" or "pong" when !HasValidPayload(message):
                    await CloseAsync(4400, $"Invalid message received: \"{type}\" expects an object payload, or none");
                    return;
                case "connection_init":
                    if (_initReceived)
                    {
                        await CloseAsync(4429, "Too many initialisation requests");
                        return;
                    }
                    _initReceived = true;
                    context.Features.Set(new ConnectionInitPayload(InitPayload(message)));
                    if (await RefusalAsync() is { } refusal)
                    {
                        await CloseAsync(4403, refusal);
                        return;
                    }
                    _acknowledged = true;
                    await SendAsync(new { type = "connection_ack" });
                    return;
                case "ping":
                    await SendAsync(new { type = "pong" });
                    return;
                case "pong":
                    return;
                case "subscribe":
                    await SubscribeAsync(message);
                    return;
                case "complete":
                    if (Id(message) is not { } completeId)
                    {
                        await CloseAsync(4400, "Invalid message received: \"complete\" needs a non-empty \"id\"");
                        return;
                    }
                    if (_operations.TryRemove(completeId, out var operation))
                    {
                        await CancelAsync(operation);
                    }
                    return;
                default:
                    await CloseAsync(4400, type is null ? "Invalid message received" : $"Unexpected message type \"{type}\"");
                    return;
            }
        }

        private async Task SubscribeAsync(JsonElement message)
        {
            if (!_acknowledged)
            {
                await CloseAsync(4401, "Unauthorized");
                return;
            }
            if (Id(message) is not { } id || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                await CloseAsync(4400, "Invalid message received: \"subscribe\" needs a non-empty \"id\" and an object \"payload\"");
                return;
            }
            if (_operations.Count >= options.MaxOperationsPerConnection)
            {
                await SendAsync(new
                {
                    id,
                    type = "error",
                    payload = new[] { new { message = $"This connection already runs {options.MaxOperationsPerConnection} operations; complete some or open another connection.", extensions = new { code = ServerErrorCodes.TooManyOperations } } },
                });
                return;
            }
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
            if (!_operations.TryAdd(id, cancellation))
            {
                cancellation.Dispose();
                await CloseAsync(4409, $"Subscriber for {id} already exists");
                return;
            }
            var request = ReadRequest(payload);
            if (request is null)
            {
                _operations.TryRemove(id, out _);
                await SendAsync(new { id, type = "error", payload = new[] { new { message = "The subscribe payload must carry a query." } } });
                return;
            }
            _ = RunOperationAsync(id, request, cancellation);
        }

        /// <summary>
        /// Why a string the handler reads is not Unicode text (System.Text.Json would throw reading it); null when none.
        /// The query may hold a lone surrogate: the parser reports it as graphql-js does, in an error message.
        /// </summary>
        private static string? Malformation(JsonElement message)
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (var property in message.EnumerateObject())
            {
                // Names first: comparing a name that is not text throws.
                if (JsonStrings.NameMalformation(property) is { } name)
                {
                    return name;
                }
                if (!property.NameEquals("payload") || property.Value.ValueKind != JsonValueKind.Object)
                {
                    if (JsonStrings.Malformation(property.Value) is { } value)
                    {
                        return value;
                    }
                    continue;
                }
                foreach (var parameter in property.Value.EnumerateObject())
                {
                    if (JsonStrings.NameMalformation(parameter) is { } parameterName)
                    {
                        return parameterName;
                    }
                    var textQuery = parameter.NameEquals("query") && parameter.Value.ValueKind == JsonValueKind.String
                        && JsonStrings.DecodeKeepingLoneSurrogates(parameter.Value) is not null;
                    if (!textQuery && JsonStrings.Malformation(parameter.Value) is { } parameterValue)
                    {
                        return parameterValue;
                    }
                }
            }
            return null;
        }

        private static string? Id(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

        private static bool HasValidPayload(JsonElement message) =>
            !message.TryGetProperty("payload", out var payload) || payload.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

        private static IReadOnlyDictionary<string, object?> InitPayload(JsonElement message) =>
            message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(payload)!
                : new Dictionary<string, object?>();

        /// <summary>Why the connection guards refuse this connection (a close reason within the protocol's 123 bytes), or null.</summary>
        private async Task<string?> RefusalAsync()
        {
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            foreach (var guard in scope.ServiceProvider.GetServices<IConnectionInitGuard>())
            {
                if (await guard.CheckAsync(context, _closed.Token) is { } reason)
                {
                    var text = "Forbidden: " + reason;
                    while (System.Text.Encoding.UTF8.GetByteCount(text) > 123)
                    {
                        text = text[..^1];
                    }
                    return text;
                }
            }
            return null;
        }

        /// <summary>Stops an operation the client completed; it may have ended (and disposed its source) meanwhile.</summary>
        private static async Task CancelAsync(CancellationTokenSource operation)
        {
            try
            {
                await operation.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private static GraphQLRequest? ReadRequest(JsonElement payload)
        {
            string? Text(string name) => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? JsonStrings.DecodeKeepingLoneSurrogates(value) : null;
            IReadOnlyDictionary<string, object?>? Map(string name) =>
                payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(value)! : null;
            var query = Text("query");
            var extensions = Map("extensions");
            return query is null && extensions is null
                ? null
                : new GraphQLRequest { Query = query, OperationName = Text("operationName"), Variables = Map("variables"), Extensions = extensions };
        }

        private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
        {
            try
            {
                await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                var subscription = await executor.SubscribeAsync(request, scope.ServiceProvider, context, cancellation.Token);
                await using var incremental = subscription.Incremental;
                if (incremental is not null)
                {
                    await SendIncrementalAsync(id, incremental, cancellation.Token);
                    return;
                }
                if (subscription.ErrorResult is { } errorResult)
                {
                    await SendErrorOrResultAsync(id, errorResult);
                    return;
                }
                await foreach (var result in subscription.Stream!.WithCancellation(cancellation.Token))
                {
                    await SendNextAsync(id, result);
                }
                if (_operations.TryRemove(id, out _))
                {
                    await SendAsync(new { id, type = "complete" });
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
            {
                logger.LogDebug(exception, "Could not deliver to subscription {Id}", id);
            }
            finally
            {
                _operations.TryRemove(id, out _);
                cancellation.Dispose();
            }
        }

        /// <summary>
        /// A request error is an "error" message; an executed query or mutation is "next" then "complete". The last
        /// message goes only if this removes the operation (the client or a shutdown may have completed it).
        /// </summary>
        private async Task SendErrorOrResultAsync(string id, ExecutionResult result)
        {
            if (!result.HasData && result.Errors is { } errors)
            {
                if (!_operations.TryRemove(id, out _))
                {
                    return;
                }
                await SendRawAsync(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    writer.WriteString("type", "error");
                    writer.WritePropertyName("payload");
                    ExecutionResultJson.WriteErrors(writer, errors);
                    writer.WriteEndObject();
                });
                return;
            }
            await SendNextAsync(id, result);
            if (_operations.TryRemove(id, out _))
            {
                await SendAsync(new { id, type = "complete" });
            }
        }

        /// <summary>Each payload of a query or mutation delivered incrementally is a "next" message; then "complete".</summary>
        private async Task SendIncrementalAsync(string id, IncrementalResponse incremental, CancellationToken cancellationToken)
        {
            await SendNextAsync(id, writer => ExecutionResultJson.Write(writer, incremental.Initial));
            await foreach (var payload in incremental.Subsequent.WithCancellation(cancellationToken))
            {
                await SendNextAsync(id, writer => ExecutionResultJson.Write(writer, payload));
            }
            if (_operations.TryRemove(id, out _))
            {
                await SendAsync(new { id, type = "complete" });
            }
        }

        private Task SendNextAsync(string id, ExecutionResult result) =>
            SendNextAsync(id, writer => ExecutionResultJson.Write(writer, result));

        /// <summary>A result, sent only while the operation runs: never after its "complete", as graphql-ws requires.</summary>
        private Task SendNextAsync(string id, Action<Utf8JsonWriter> writePayload) =>
            SendRawAsync(
                writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    writer.WriteString("type", "next");
                    writer.WritePropertyName("payload");
                    writePayload(writer);
                    writer.WriteEndObject();
                },
                onlyWhileRunning: id);

        private Task SendAsync(object message) =>
            SendRawAsync(writer => JsonSerializer.Serialize(writer, message));

        private async Task SendRawAsync(Action<Utf8JsonWriter> write, string? onlyWhileRunning = null)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
            {
                write(writer);
            }
            await _sendLock.WaitAsync(_closed.Token);
            try
            {
                // Checked under the lock: an operation completed meanwhile has had its last message.
                if (socket.State == WebSocketState.Open && (onlyWhileRunning is null || _operations.ContainsKey(onlyWhileRunning)))
                {
                    await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closed.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

        private async Task CloseAsync(int code, string reason)
        {
            // One close frame: the init timeout, a misbehaving client and a shutdown may all close at once.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived && Interlocked.Exchange(ref _closing, 1) == 0)
            {
                await _sendLock.WaitAsync(CancellationToken.None);
                try
                {
                    await WebSocketClosing.CloseWithinAsync(socket, code, reason, options.WebSocketCloseTimeout, logger);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            await _closed.CancelAsync();
        }
    }
}
