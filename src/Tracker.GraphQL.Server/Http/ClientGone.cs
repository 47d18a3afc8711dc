using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// A client that goes away (resets its connection, ends its body short of its Content-Length, aborts its request) is
/// the client's doing, not a server fault: the request ends and the log gets one line at Debug, with no exception and
/// so no stack trace, as Kestrel logs a reset connection or an aborted request. Left to Kestrel, a failed body read
/// can reach the log at Error ("An unhandled exception was thrown by the application"): Kestrel counts an
/// <see cref="IOException"/> as the client's only once it has marked the connection aborted, and a reset is often
/// seen by the read first; so any anonymous client could fill the error log and page an operator.
/// </summary>
internal static class ClientGone
{
    /// <summary>
    /// Whether reading the request body failed because the client reset or aborted the request. The body stream fails
    /// only with what the transport reports: an <see cref="IOException"/> (<c>ConnectionResetException</c> for a
    /// reset; <see cref="BadHttpRequestException"/>, also one, is Kestrel's verdict on the framing and answered apart)
    /// or a cancellation when the request is aborted. Anything else, a fault of the server's own, is not caught.
    /// </summary>
    public static bool BrokeOffBody(Exception exception) => exception is IOException or OperationCanceledException;

    /// <summary>One line at Debug: the request, what the server was doing, and why it ended.</summary>
    public static void Log(HttpContext context, string stage, Exception exception)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientGone).FullName!);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }
        // The exception's message alone, on one line: its stack trace says nothing about a client's connection.
        var reason = exception.Message.ReplaceLineEndings(" ");
        logger.LogDebug(
            "Request {RequestId} ({Method} {Path}) ended on the client's side while {Stage}: {ExceptionType}: {Reason}",
            context.TraceIdentifier, context.Request.Method, context.Request.Path.Value, stage, exception.GetType().Name, reason);
    }
}
