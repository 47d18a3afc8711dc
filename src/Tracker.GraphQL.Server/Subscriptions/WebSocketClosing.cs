using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Tracker.GraphQL.Server.Subscriptions;

internal static class WebSocketClosing
{
    /// <summary>
    /// Sends a close frame and waits, a bounded time, for the client's answer (RFC 6455 lets the server give up on a
    /// client that never completes the handshake); a client that drops the connection instead is not an error.
    /// </summary>
    public static async Task CloseWithinAsync(WebSocket socket, int code, string reason, TimeSpan timeout, ILogger logger)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)code, reason, limit.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug(exception, "WebSocket client did not complete the close handshake ({Code})", code);
            socket.Abort();
        }
    }
}
