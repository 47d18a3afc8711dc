using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>Receiving: reading a message (bounded), telling malformed ones from valid ones, and acting on each type.</summary>
public sealed partial class GraphQLWebSocketHandler
{
    private sealed partial class Connection
    {
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
            switch (JsonRefusal.FindInMessage(message))
            {
                case { Malformation: { } malformation }:
                    await CloseAsync(4400, $"Invalid message received: a string {malformation}");
                    return;
                case { RepeatedName: not null }:
                    // Without the name: a close reason holds at most 123 bytes.
                    await CloseAsync(4400, "Invalid message received: a property is given twice in one object");
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

        private static string? Id(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

        private static bool HasValidPayload(JsonElement message) =>
            !message.TryGetProperty("payload", out var payload) || payload.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

        private static IReadOnlyDictionary<string, object?> InitPayload(JsonElement message) =>
            message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(payload)!
                : new Dictionary<string, object?>();
    }
}
