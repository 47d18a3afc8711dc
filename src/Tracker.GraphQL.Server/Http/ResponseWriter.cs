using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Writes GraphQL responses as UTF-8 JSON with their length, in one write to the response body.</summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType(mediaType);
        WriteWithLength(context.Response, result);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Writes the JSON into the body's pipe, unsent, then gives the response the length of what was written: an answer
    /// whose length is unknown when it is sent goes out chunked, which Kestrel frames and ends with an empty chunk.
    /// Kestrel keeps what is written before the headers in its pooled blocks, whatever the size, until the flush. The
    /// length is the writer's own count, not the pipe's unflushed bytes: on a connection already aborted (a client
    /// that sent less body than it announced) Kestrel discards what is written and the pipe reports nothing, while it
    /// still counts every byte against the length and would fail the response for a mismatch.
    /// </summary>
    private static void WriteWithLength(HttpResponse response, ExecutionResult result)
    {
        var length = ExecutionResultJson.Write(response.BodyWriter, result);
        if (!response.HasStarted)
        {
            response.ContentLength = length;
        }
    }

    /// <summary>The two JSON types' headers as constants: no string is built per response.</summary>
    private static string ContentType(string mediaType) => mediaType switch
    {
        MediaTypes.Json => MediaTypes.Json + Utf8,
        MediaTypes.GraphQLResponse => MediaTypes.GraphQLResponse + Utf8,
        _ => mediaType + Utf8,
    };

    private const string Utf8 = "; charset=utf-8";

    /// <summary>A request error that is not a GraphQL document problem (malformed JSON, wrong parameter types...).</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string mediaType, string message, string code) =>
        WriteAsync(context, status, mediaType, ExecutionResult.FromErrors([new GraphQLError(message, extensions: GraphQLError.Codes(code))]));
}
