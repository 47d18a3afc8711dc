using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>Sending: next, error and complete messages (one writer at a time), and closing with the protocol's codes.</summary>
public sealed partial class GraphQLWebSocketHandler
{
    private sealed partial class Connection
    {
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
