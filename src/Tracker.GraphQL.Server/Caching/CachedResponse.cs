namespace Tracker.GraphQL.Server.Caching;

/// <summary>A query's JSON response body and the <see cref="IResponseVersion"/> it was computed at.</summary>
public sealed class CachedResponse(string version, byte[] body)
{
    public string Version { get; } = version;

    public byte[] Body { get; } = body;

    /// <summary>
    /// The answer's ETag, made when a GET first needs it (<see cref="ResponseCache.ETag"/>, a SHA-256 of the key and
    /// version): most answers are kept for POSTs, which carry none, and hashing the whole document for each of them
    /// was a tenth of writing an uncached answer. Two requests making it at once make the same text.
    /// </summary>
    internal string? ETag { get; set; }
}
