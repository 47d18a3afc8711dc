using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Caching;

/// <summary>
/// The response cache's part in one HTTP request (GitHub's API conditional requests are the model): a public query
/// is answered from <see cref="ResponseCache"/> while the data has not changed, a GET gets an ETag from the data
/// version and the request, <c>If-None-Match</c> with it gets <c>304 Not Modified</c> without a body, and
/// <c>Cache-Control: no-cache</c> lets browsers and proxies keep the answer but ask again each time. Only what is the
/// same for every caller is cached: see <see cref="For"/> for what is not.
/// </summary>
/// <param name="tagged">A GET: ETags, 304 and Cache-Control apply.</param>
/// <param name="mayServe">An answer may come from the cache (the request did not say no-cache).</param>
/// <param name="mayKeep">The answer may be kept (the request did not say no-store).</param>
internal sealed class ResponseCaching(ResponseCache cache, string key, string version, bool tagged, bool mayServe, bool mayKeep)
{
    /// <summary>Kept, but revalidated on every use: the data can change at any moment.</summary>
    private const string Revalidate = "no-cache";

    /// <summary>
    /// The cache's part in this request, or null when it has none: a request with an <c>Authorization</c> header
    /// (its answer may depend on who asks), a client that cannot take JSON, extensions other than a version 1
    /// persisted query whose hash matches the text (the cache keeps out of what it does not understand; the executor
    /// answers them), a text under <c>OnlyPersistedDocuments</c> (the executor decides whether it may run), variables
    /// with a number beyond a double's range, or a version that cannot be known.
    /// A request's own <c>Cache-Control: no-cache</c> (or <c>no-store</c>) executes it whatever the cache holds.
    /// </summary>
    public static ResponseCaching? For(HttpContext context, GraphQLRequest request, bool isGet, string? mediaType, ResponseCache cache, IResponseVersion versions, bool onlyPersistedDocuments)
    {
        var headers = context.Request.Headers;
        if (mediaType is null || !string.IsNullOrEmpty(headers.Authorization) || DocumentOf(request, onlyPersistedDocuments) is not ({ } document, var persisted))
        {
            return null;
        }
        if (versions.Current() is not { } version)
        {
            return null;
        }
        var requestCacheControl = headers.CacheControl.ToString();
        var noStore = requestCacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase);
        var noCache = noStore || requestCacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        if (ResponseCache.Key(document, persisted, string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName, request.Variables) is not { } key)
        {
            return null;
        }
        return new ResponseCaching(cache, key, version, isGet, mayServe: !noCache, mayKeep: !noStore);
    }

    /// <summary>Answers from the cache (the body, or 304 to a matching <c>If-None-Match</c>) if it can.</summary>
    public async Task<bool> TryAnswerAsync(HttpContext context, string mediaType)
    {
        if (!mayServe || !cache.TryGet(key, version, out var cached))
        {
            return false;
        }
        context.Response.Headers["X-Cache"] = "HIT";
        if (NotModified(context, cached))
        {
            return true;
        }
        await WriteAsync(context, mediaType, cached);
        return true;
    }

    /// <summary>
    /// Writes and keeps the response of a query that completed without errors (an error may be passing, a timeout or
    /// a database away, and is not worth keeping: errors are cheap to compute again); false for anything else, which
    /// the caller writes as it always has. The body is kept under the version read before the query ran: a write
    /// that committed meanwhile has moved the version, so this answer is never served after it.
    /// </summary>
    public async Task<bool> TryKeepAsync(HttpContext context, string mediaType, GraphQLResponse response)
    {
        if (response.Operation != OperationType.Query || response.Incremental is not null || !response.Result.HasData || response.Result.Errors is { Count: > 0 })
        {
            return false;
        }
        var cached = new CachedResponse(version, ExecutionResultJson.ToUtf8Bytes(response.Result));
        if (mayKeep)
        {
            cache.Add(key, cached);
        }
        context.Response.Headers["X-Cache"] = "MISS";
        if (NotModified(context, cached))
        {
            return true;
        }
        await WriteAsync(context, mediaType, cached);
        return true;
    }

    /// <summary>The answer's ETag, from this request's key and version (an entry is only ever used at its own).</summary>
    private string ETagOf(CachedResponse cached) => cached.ETag ??= cache.ETag(key, version);

    /// <summary>304 with the ETag and no body when a GET's <c>If-None-Match</c> names this answer (or is <c>*</c>).</summary>
    private bool NotModified(HttpContext context, CachedResponse cached)
    {
        if (!tagged || !mayServe)
        {
            return false;
        }
        var etag = ETagOf(cached);
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }
        var current = EntityTagHeaderValue.Parse(etag);
        if (!tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false)))
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = Revalidate;
        return true;
    }

    private async Task WriteAsync(HttpContext context, string mediaType, CachedResponse cached)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = cached.Body.Length;
        if (tagged)
        {
            response.Headers.ETag = ETagOf(cached);
            response.Headers.CacheControl = Revalidate;
        }
        await response.Body.WriteAsync(cached.Body, context.RequestAborted);
    }

    /// <summary>
    /// The document the request names, as <see cref="ResponseCache.Key"/> takes it (the text, or the hash of a
    /// persisted document), or null when the cache must stay out of it: unknown extensions, a persisted query of
    /// another version, a hash that is not the text's (the executor answers each with its error), or a text when only
    /// persisted documents may run. A text is hashed only to check a hash sent with it.
    /// </summary>
    private static (string? Document, bool Persisted) DocumentOf(GraphQLRequest request, bool onlyPersistedDocuments)
    {
        string? persisted = null;
        if (request.Extensions is { } extensions)
        {
            if (extensions.Count != 1
                || extensions.GetValueOrDefault("persistedQuery") is not IReadOnlyDictionary<string, object?> query
                || query.GetValueOrDefault("version") is not 1.0
                || query.GetValueOrDefault("sha256Hash") is not string hash)
            {
                return (null, false);
            }
            persisted = hash.ToLowerInvariant();
        }
        if (request.Query is not { } text)
        {
            return (persisted, true);
        }
        if (onlyPersistedDocuments)
        {
            return (null, false);
        }
        if (persisted is null)
        {
            return (text, false);
        }
        // An automatic persisted query registers its text and hash once, then sends the hash alone: both share an entry.
        return (persisted == DocumentCache.Hash(text) ? persisted : null, true);
    }
}
