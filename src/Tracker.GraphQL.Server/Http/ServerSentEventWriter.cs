using System.Buffers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// Server-Sent Events as the server writes them (graphql-sse's both modes), framed by the framework's
/// <see cref="SseFormatter"/> (System.Net.ServerSentEvents): <c>event: next</c> and a JSON <c>data:</c> line, or
/// <c>event: complete</c> with JSON or empty data (<c>data: </c>, which an event stream parser reads as <c>data:</c>).
/// Only the keep-alive comment is written by hand: the formatter writes no comments.
/// </summary>
internal static class ServerSentEventWriter
{
    public const string Next = "next";
    public const string Complete = "complete";

    private static readonly ReadOnlyMemory<byte> KeepAliveComment = ":\n\n"u8.ToArray();

    /// <summary>An event whose data is the JSON <paramref name="write"/> writes (none: empty data).</summary>
    public static SseItem<ReadOnlyMemory<byte>> Event(string eventType, Action<Utf8JsonWriter>? write = null)
    {
        if (write is null)
        {
            return new SseItem<ReadOnlyMemory<byte>>(ReadOnlyMemory<byte>.Empty, eventType);
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
        {
            write(writer);
        }
        return new SseItem<ReadOnlyMemory<byte>>(buffer.WrittenMemory, eventType);
    }

    /// <summary>A result as a <c>next</c> event.</summary>
    public static SseItem<ReadOnlyMemory<byte>> NextEvent(ExecutionResult result) => Event(Next, writer => ExecutionResultJson.Write(writer, result));

    /// <summary>Writes the events and flushes them, so that the client sees them at once.</summary>
    public static async Task WriteAsync(HttpResponse response, IEnumerable<SseItem<ReadOnlyMemory<byte>>> events, CancellationToken cancellationToken)
    {
        await SseFormatter.WriteAsync(events.ToAsyncEnumerable(), response.Body, static (item, data) => data.Write(item.Data.Span), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    public static Task WriteAsync(HttpResponse response, SseItem<ReadOnlyMemory<byte>> item, CancellationToken cancellationToken) =>
        WriteAsync(response, [item], cancellationToken);

    /// <summary>A comment: keeps a quiet stream open, and makes browsers that hold a stream until its first bytes show it.</summary>
    public static async Task WriteKeepAliveAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(KeepAliveComment, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
