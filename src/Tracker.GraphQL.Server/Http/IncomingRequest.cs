using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request's parameters, the same way whether the answer is JSON or an event stream:
/// GET takes them from the query string, POST from a JSON body within the size limit; other methods, other
/// media types or an encoded (compressed) body, and bodies over the limit are refused with 405, 415 and 413. A body the client breaks off (a reset, an
/// abort) ends the request unanswered, and one whose framing Kestrel rejects gets Kestrel's status: both are the
/// client's doing, logged at Debug (<see cref="ClientGone"/>), never left to reach Kestrel's log at Error.
/// </summary>
/// <remarks>
/// A <see cref="ValueTask{TResult}"/>, as is the body's read: a small body usually arrives with the headers, the read
/// completes at once, and nothing is allocated to say so.
/// </remarks>
internal static class IncomingRequest
{
    public static async ValueTask<(GraphQLRequest? Request, bool IsGet, RequestRefusal? Refusal)> ReadAsync(HttpContext context, GraphQLServerOptions options)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var (query, problem) = RequestParser.ReadQueryString(context.Request.Query);
            return (query, true, query is null ? BadRequest(problem!) : null);
        }
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return (null, false, new RequestRefusal(StatusCodes.Status405MethodNotAllowed,
                $"The method {context.Request.Method} is not allowed; use POST (or GET for queries).", ServerErrorCodes.MethodNotAllowed, "GET, HEAD, POST, PUT, DELETE"));
        }
        if (context.Request.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, false, TooLarge(options));
        }
        if (!IsJson(context.Request.ContentType))
        {
            return (null, false, new RequestRefusal(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json in UTF-8.", ServerErrorCodes.BadRequest));
        }
        if (IsEncoded(context.Request.Headers.ContentEncoding))
        {
            // Read as it came, a compressed body would be refused as JSON it is not, and a plain one labelled
            // compressed would run although its label says otherwise (RFC 9110 §8.4: 415 for a coding not accepted).
            return (null, false, new RequestRefusal(StatusCodes.Status415UnsupportedMediaType,
                $"The request body must not be encoded (Content-Encoding: {context.Request.Headers.ContentEncoding}); send it as plain JSON.", ServerErrorCodes.BadRequest));
        }
        try
        {
            var (body, problem) = await RequestParser.ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, context.RequestAborted);
            return (body, false, body is null ? BadRequest(problem!) : null);
        }
        catch (RequestTooLargeException)
        {
            return (null, false, TooLarge(options));
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's verdict on the body's framing (ended short of its length, malformed chunks, too slow): answered
            // with its status, for a client still there to read it (thrown on, Kestrel would log it at Error).
            ClientGone.Log(context, "reading its body", exception);
            return (null, false, new RequestRefusal(exception.StatusCode, $"The request body could not be read: {exception.Message}",
                exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? LimitErrorCodes.RequestTooLarge : ServerErrorCodes.BadRequest));
        }
        catch (Exception exception) when (ClientGone.BrokeOffBody(exception))
        {
            ClientGone.Log(context, "reading its body", exception);
            // Ended here, before Kestrel would answer and drain a body whose reader the failed read left mid-read.
            context.Abort();
            return (null, false, RequestRefusal.ClientGone);
        }
    }

    private static RequestRefusal BadRequest(string problem) => new(StatusCodes.Status400BadRequest, problem, ServerErrorCodes.BadRequest);

    private static RequestRefusal TooLarge(GraphQLServerOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {options.MaxRequestBodyBytes} bytes.", LimitErrorCodes.RequestTooLarge);

    /// <summary>A content coding other than <c>identity</c> (the absence of one).</summary>
    private static bool IsEncoded(Microsoft.Extensions.Primitives.StringValues contentEncoding)
    {
        foreach (var value in contentEncoding)
        {
            foreach (var coding in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(coding, "identity", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private const string JsonUtf8 = MediaTypes.Json + "; charset=utf-8";

    /// <summary>application/json, in UTF-8 (the only encoding the body is read in): other types and charsets are 415.</summary>
    private static bool IsJson(string? contentType) =>
        // The two forms clients send, recognised without parsing the header (which allocates for every request).
        string.Equals(contentType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, JsonUtf8, StringComparison.OrdinalIgnoreCase)
        || Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
