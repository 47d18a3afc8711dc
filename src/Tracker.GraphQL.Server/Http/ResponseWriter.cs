using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Writes GraphQL responses as UTF-8 JSON with their length, in one write to the response body.</summary>
internal static class ResponseWriter
{
    public static Task WriteAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType(mediaType);
        if (response.HasStarted)
        {
            return WriteStartedAsync(context, result);
        }
        // The answer whole before anything is sent, then its length, then one write: Kestrel writes the headers and
        // the body together, as it does for any body of known length, where JSON written into the response before its
        // headers was kept aside and copied behind them.
        var body = ExecutionResultJson.TakeThreadBuffer(result);
        response.ContentLength = body.WrittenCount;
        var write = response.BodyWriter.WriteAsync(body.WrittenMemory, context.RequestAborted);
        if (write.IsCompletedSuccessfully)
        {
            ExecutionResultJson.GiveBackThreadBuffer(body);
            return Task.CompletedTask;
        }
        // Still writing (a client reading slowly, a callback before the headers): the buffer stays with the write.
        return write.AsTask();
    }

    /// <summary>A response already started (a host wrote before): the JSON written after what is there, then flushed.</summary>
    private static async Task WriteStartedAsync(HttpContext context, ExecutionResult result)
    {
        ExecutionResultJson.Write(context.Response.BodyWriter, result);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
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
