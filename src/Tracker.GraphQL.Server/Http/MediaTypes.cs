using Microsoft.Net.Http.Headers;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Response media types of the GraphQL-over-HTTP specification and how a request's Accept chooses one.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Multipart = "multipart/mixed";

    /// <summary>
    /// The incremental delivery format that multipart responses carry: graphql-js 17's payloads
    /// (<c>pending</c>, <c>incremental</c>, <c>completed</c>), which Apollo's specification names incremental v0.2.
    /// </summary>
    public const string IncrementalSpec = "v0.2";

    /// <summary>
    /// The response type for an Accept header: of graphql-response+json and json, the one the client rates
    /// higher, each rated by the most specific range that covers it (RFC 9110 §12.5.1, so
    /// <c>application/json;q=0, */*</c> rules json out); on a tie, the one named more specifically, then json,
    /// as the specification advises for clients that predate graphql-response+json (<c>*/*</c>, a missing header).
    /// Null when the client accepts neither (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
        {
            return null;
        }
        var (graphQL, graphQLSpecificity) = Rate(ranges, GraphQLResponse);
        var (json, jsonSpecificity) = Rate(ranges, Json);
        if (graphQL <= 0 && json <= 0)
        {
            return null;
        }
        return graphQL > json || (graphQL == json && graphQLSpecificity > jsonSpecificity) ? GraphQLResponse : Json;
    }

    /// <summary>Whether the client names event streams with a quality above zero (a wildcard does not ask for one).</summary>
    public static bool AcceptsEventStream(string? accept) => Names(accept, EventStream);

    /// <summary>
    /// Whether the client asks for Apollo's multipart subscriptions: a <c>multipart/mixed</c> range with the
    /// parameter <c>subscriptionSpec=1.0</c> (quoted or not) and a quality above zero. Other <c>multipart/mixed</c>
    /// ranges (incremental delivery's) are left to their own handler.
    /// </summary>
    public static bool AcceptsMultipartSubscription(string? accept) =>
        !string.IsNullOrWhiteSpace(accept)
        && MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
        && ranges.Any(r => string.Equals(r.MediaType.Value, "multipart/mixed", StringComparison.OrdinalIgnoreCase)
            && (r.Quality ?? 1.0) > 0
            && r.Parameters.Any(p => string.Equals(p.Name.Value, "subscriptionSpec", StringComparison.OrdinalIgnoreCase) && p.Value.Value?.Trim('"') == "1.0"));

    /// <summary>
    /// Whether the client takes an incremental response (<c>@defer</c>/<c>@stream</c>) as multipart/mixed: it names
    /// multipart/mixed with a quality above zero, without a <c>subscriptionSpec</c> (multipart subscriptions are
    /// another protocol) and without a <c>deferSpec</c> or <c>incrementalSpec</c> other than the format served
    /// (<c>deferSpec=20220824</c> asks for the payloads of 2022, which this server does not write).
    /// </summary>
    public static bool AcceptsIncrementalMultipart(string? accept) =>
        !string.IsNullOrWhiteSpace(accept)
        && MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges)
        && ranges.Any(r => string.Equals(r.MediaType.Value, Multipart, StringComparison.OrdinalIgnoreCase)
            && (r.Quality ?? 1.0) > 0
            && Parameter(r, "subscriptionSpec") is null
            && Parameter(r, "deferSpec") is null
            && Parameter(r, "incrementalSpec") is null or IncrementalSpec);

    /// <summary>Whether the client names HTML with a quality above zero: a browser asking for a page.</summary>
    public static bool AcceptsHtml(string? accept) => Names(accept, "text/html");

    /// <summary>
    /// A loop, not a lambda: a lambda capturing <paramref name="mediaType"/> made its closure on entry, before the
    /// empty header (most API clients send none) returned, so every POST paid for one.
    /// </summary>
    private static bool Names(string? accept, string mediaType)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
        {
            return false;
        }
        foreach (var range in ranges)
        {
            if (string.Equals(range.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1.0) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static string? Parameter(MediaTypeHeaderValue range, string name) =>
        range.Parameters.FirstOrDefault(p => string.Equals(p.Name.Value, name, StringComparison.OrdinalIgnoreCase))?.Value.Value?.Trim('"');

    /// <summary>The quality the most specific covering range gives a media type (0 when none covers it), and how specific that range is.</summary>
    private static (double Quality, int Specificity) Rate(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var type = mediaType[..mediaType.IndexOf('/')];
        var rating = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            var value = range.MediaType.Value?.ToLowerInvariant();
            var specificity = value == mediaType ? 2 : value == type + "/*" ? 1 : value == "*/*" ? 0 : -1;
            if (specificity > rating.Specificity)
            {
                rating = (range.Quality ?? 1.0, specificity);
            }
        }
        return rating;
    }
}
