using Microsoft.Net.Http.Headers;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Response media types of the GraphQL-over-HTTP specification and how a request's Accept chooses one.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response type for an Accept header: the client's most preferred of graphql-response+json and json;
    /// <c>*/*</c>, <c>application/*</c> and a missing header mean json (as the specification advises for
    /// clients that predate graphql-response+json). Null when the client accepts neither (406).
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
        string? chosen = null;
        var best = -1.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0 || quality <= best)
            {
                continue;
            }
            var type = range.MediaType.Value?.ToLowerInvariant();
            var candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is not null)
            {
                chosen = candidate;
                best = quality;
            }
        }
        return chosen;
    }

    public static bool AcceptsEventStream(string? accept) =>
        accept is not null && accept.Contains(EventStream, StringComparison.OrdinalIgnoreCase);

    public static bool AcceptsHtml(string? accept) =>
        accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
