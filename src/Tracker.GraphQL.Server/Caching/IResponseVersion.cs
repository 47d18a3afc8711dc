namespace Tracker.GraphQL.Server.Caching;

/// <summary>
/// What the results of queries depend on besides the request itself, as one opaque string: the application's data
/// version (moved by every committed write) and anything else its resolvers read, such as today's date. Supplied
/// by the application; without one the server caches nothing, since it could not tell when an answer goes stale.
/// </summary>
public interface IResponseVersion
{
    /// <summary>The current version, read before a query executes; null when unknown (nothing is cached then).</summary>
    string? Current();
}
