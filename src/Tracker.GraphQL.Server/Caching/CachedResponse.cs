namespace Tracker.GraphQL.Server.Caching;

/// <summary>A query's JSON response body, the <see cref="IResponseVersion"/> it was computed at, and its ETag.</summary>
public sealed record CachedResponse(string Version, byte[] Body, string ETag);
