using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a JSON body (POST) or the query string (GET), checking each
/// parameter's JSON type: query and operationName are strings, variables and extensions are maps, each may
/// be null. A malformed request gives a message for a 400 response instead of a request.
/// </summary>
internal static class RequestParser
{
    /// <summary>
    /// Reads the whole body into a pooled buffer (sized by its Content-Length up to <see cref="MaxPresizedBytes"/>,
    /// then doubled as it fills), failing with <see cref="RequestTooLargeException"/> once it holds more than
    /// <paramref name="maxBytes"/>, then parses it there.
    /// </summary>
    /// <remarks>
    /// Not <c>JsonDocument.ParseAsync</c> over the stream: its reads through a counting stream, its task and its
    /// buffers were a tenth of a small query's work on the server. Not the request's <c>BodyReader</c> either: a read
    /// Kestrel fails (a body ended short of its length) leaves that pipe mid-read, and Kestrel's own end of the
    /// request then fails on it, where the stream it wraps gives the read back.
    /// </remarks>
    public static async ValueTask<(GraphQLRequest? Request, string? Problem)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // A buffer never holds more than the limit and one byte (the byte that shows the limit passed), nor more than
        // an array can.
        var ceiling = Math.Min(Math.Max(maxBytes, 0), Array.MaxLength - 1L) + 1;
        // One byte beyond the announced length, so that the read which finds the end has room to be made; but only up
        // to MaxPresizedBytes before any of it arrives: a client announcing a large body and sending nothing makes the
        // server hold no more than that.
        var announced = request.ContentLength is { } length ? Math.Min(length, MaxPresizedBytes - 1) + 1 : InitialBufferBytes;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(announced, ceiling));
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length >= ceiling)
                    {
                        throw new RequestTooLargeException();
                    }
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, ceiling));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    return Parse(WithoutByteOrderMark(buffer.AsMemory(0, filled)));
                }
                filled += read;
                if (filled > maxBytes)
                {
                    throw new RequestTooLargeException();
                }
                if (filled == request.ContentLength)
                {
                    // All the announced length is here, and Kestrel delivers no byte beyond it: the read that would
                    // only answer 0 (a trip through the body's stream and its state machines) is not made.
                    return Parse(WithoutByteOrderMark(buffer.AsMemory(0, filled)));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first buffer for a body of unknown length (chunked): doubled as it fills, up to the limit.</summary>
    private const int InitialBufferBytes = 4096;

    /// <summary>The most a body's announced length sizes its buffer before the body arrives; a larger one grows as it comes.</summary>
    private const int MaxPresizedBytes = 64 * 1024;

    /// <summary>
    /// The body without a leading UTF-8 byte order mark, which some clients write (.NET's own UTF-8 encoder with its
    /// preamble, Windows tools): <c>JsonDocument.ParseAsync</c> over a stream skipped it, parsing a buffer does not.
    /// </summary>
    private static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith(Encoding.UTF8.Preamble) ? body[Encoding.UTF8.Preamble.Length..] : body;

    private static (GraphQLRequest? Request, string? Problem) Parse(ReadOnlyMemory<byte> body)
    {
        // The usual body in one pass; anything the checks below would judge is read by them.
        if (PlainRequestReader.TryRead(body.Span) is { } plain)
        {
            return (plain, null);
        }
        return ParseDocument(body);
    }

    /// <summary>The body as a parsed document, checked for every refusal: any body, with the problem that refuses it.</summary>
    internal static (GraphQLRequest? Request, string? Problem) ParseDocument(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return (null, $"The request body is not valid JSON: {exception.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object.");
            }
            switch (JsonRefusal.FindInNames(document.RootElement))
            {
                case { Malformation: { } malformation }:
                    return (null, $"The request body is not Unicode text: a property name {malformation}.");
                case { RepeatedName: { } repeated }:
                    return (null, JsonRefusal.RepeatedNameMessage("The request body", repeated));
            }
            var root = document.RootElement;
            return Read(Property(root, "query"), Property(root, "operationName"), Property(root, "variables"), Property(root, "extensions"), parseJsonText: false);
        }
    }

    public static (GraphQLRequest? Request, string? Problem) ReadQueryString(IQueryCollection query)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[key].Count > 1)
            {
                return (null, $"The parameter \"{key}\" is given more than once.");
            }
        }
        return Read(Parameter(query, "query"), Parameter(query, "operationName"), Parameter(query, "variables"), Parameter(query, "extensions"), parseJsonText: true);
    }

    private static JsonElement? Property(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value : null;

    private static JsonElement? Parameter(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) ? JsonSerializer.SerializeToElement(value.ToString()) : null;

    /// <summary>The request from its four parameters (each absent when null), read in this order: the first problem is the one reported.</summary>
    private static (GraphQLRequest? Request, string? Problem) Read(JsonElement? queryParameter, JsonElement? operationNameParameter, JsonElement? variablesParameter, JsonElement? extensionsParameter, bool parseJsonText)
    {
        if (!TryString(queryParameter, "query", out var query, out var problem, keepLoneSurrogates: true)
            || !TryString(operationNameParameter, "operationName", out var operationName, out problem)
            || !TryMap(variablesParameter, "variables", parseJsonText, out var variables, out problem)
            || !TryMap(extensionsParameter, "extensions", parseJsonText, out var extensions, out problem))
        {
            return (null, problem);
        }
        var hasPersistedHash = extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?>;
        if (query is null && !hasPersistedHash)
        {
            return (null, "The request has no query.");
        }
        // An empty operationName names no operation (the GET form sends it that way): the same as leaving it out.
        return (new GraphQLRequest { Query = query, OperationName = operationName is { Length: 0 } ? null : operationName, Variables = variables, Extensions = extensions }, null);
    }

    /// <summary>
    /// A string parameter. With <paramref name="keepLoneSurrogates"/> (the query), a lone surrogate is kept: a
    /// JavaScript server hands such a string to graphql-js, whose lexer answers "Syntax Error: Invalid character:
    /// U+D800."; the parser here does the same. Anywhere else a string that is not Unicode text is refused.
    /// </summary>
    private static bool TryString(JsonElement? element, string name, out string? value, out string? problem, bool keepLoneSurrogates = false)
    {
        value = null;
        problem = null;
        if (element is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (json.ValueKind != JsonValueKind.String)
        {
            problem = $"The parameter \"{name}\" must be a string.";
            return false;
        }
        if (JsonStrings.Malformation(json) is not { } malformation)
        {
            value = json.GetString();
            return true;
        }
        if (keepLoneSurrogates && JsonStrings.DecodeKeepingLoneSurrogates(json) is { } text)
        {
            value = text;
            return true;
        }
        problem = NotText(name, malformation);
        return false;
    }

    private static string NotText(string name, string malformation) => $"The parameter \"{name}\" is not Unicode text: it {malformation}.";

    private static bool TryMap(JsonElement? element, string name, bool parseJsonText, out IReadOnlyDictionary<string, object?>? value, out string? problem)
    {
        value = null;
        problem = null;
        if (element is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (parseJsonText && json.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var parsed = JsonDocument.Parse(json.GetString()!);
                return TryMap(parsed.RootElement.Clone(), name, parseJsonText: false, out value, out problem);
            }
            catch (JsonException)
            {
                problem = $"The parameter \"{name}\" must be a JSON object.";
                return false;
            }
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = $"The parameter \"{name}\" must be a JSON object.";
            return false;
        }
        switch (JsonRefusal.Find(json))
        {
            case { Malformation: { } malformation }:
                problem = NotText(name, malformation);
                return false;
            case { RepeatedName: { } repeated }:
                problem = JsonRefusal.RepeatedNameMessage($"The parameter \"{name}\"", repeated);
                return false;
        }
        value = (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(json)!;
        return true;
    }
}
