using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// Writes a response as <c>multipart/mixed; boundary="-"</c>, the framing of incremental delivery over HTTP that
/// Apollo Client, graphql-helix and Apollo Server speak: the body opens with a delimiter, each payload is a part
/// with <c>Content-Type: application/json; charset=utf-8</c> followed at once by the next delimiter (so a client
/// can hand the part on without waiting for the next one), every part is flushed as it is produced, and the
/// closing delimiter <c>-----</c> ends the body. When the client goes away, writing fails or the request is
/// aborted, and disposing the response cancels the deferred work.
/// </summary>
internal static class MultipartResponseWriter
{
    public const string ContentType = "multipart/mixed; boundary=\"-\"; incrementalSpec=" + MediaTypes.IncrementalSpec;

    private static readonly byte[] Opening = "\r\n---"u8.ToArray();
    private static readonly byte[] PartHeader = "\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8.ToArray();
    private static readonly byte[] Delimiter = "\r\n---"u8.ToArray();
    private static readonly byte[] Closing = "--\r\n"u8.ToArray();

    public static async Task WriteAsync(HttpContext context, IncrementalResponse response)
    {
        Start(context);
        var delivery = await PayloadStream.DeliverAsync(
            response,
            async (write, _) =>
            {
                await WritePartAsync(context, write);
                return true;
            },
            context.RequestAborted);
        if (delivery is PayloadDelivery.Completed)
        {
            await EndAsync(context);
        }
    }

    /// <summary>A whole result as the one part of a multipart response, for a client that accepts nothing else.</summary>
    public static async Task WriteSingleAsync(HttpContext context, ExecutionResult result)
    {
        Start(context);
        await WritePartAsync(context, writer => ExecutionResultJson.Write(writer, result));
        await EndAsync(context);
    }

    private static void Start(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.BodyWriter.Write(Opening);
    }

    private static async Task WritePartAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        var body = context.Response.BodyWriter;
        body.Write(PartHeader);
        await using (var writer = new Utf8JsonWriter(body, ExecutionResultJson.WriterOptions))
        {
            write(writer);
        }
        body.Write(Delimiter);
        await body.FlushAsync(context.RequestAborted);
    }

    private static async Task EndAsync(HttpContext context)
    {
        context.Response.BodyWriter.Write(Closing);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
