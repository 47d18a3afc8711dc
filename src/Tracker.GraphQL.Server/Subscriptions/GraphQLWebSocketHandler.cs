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
public sealed partial class GraphQLWebSocketHandler(
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

    private sealed partial class Connection(
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
            catch (OperationCanceledException exception) when (context.RequestAborted.IsCancellationRequested)
            {
                // Kestrel saw the reset before the receive did.
                ClientGone.Log(context, "on its WebSocket", exception);
            }
            catch (OperationCanceledException)
            {
                // The server closed the connection itself.
            }
            catch (WebSocketException exception)
            {
                // A reset, or frames the protocol does not allow: the client's doing.
                ClientGone.Log(context, "on its WebSocket", exception);
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
                // The socket failed or closed under the delivery: the client went away.
                ClientGone.Log(context, "delivering its subscription " + id, exception);
            }
            finally
            {
                _operations.TryRemove(id, out _);
                cancellation.Dispose();
            }
        }
    }
}
