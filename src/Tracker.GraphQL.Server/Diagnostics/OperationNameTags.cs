using System.Collections.Concurrent;

namespace Tracker.GraphQL.Server.Diagnostics;

/// <summary>
/// Operation names as metric tags. Clients choose them, and every distinct tag value is a time series kept
/// for the life of the process, so the distinct names are bounded: the first <c>max</c> names seen keep
/// their own series, later ones share <see cref="GraphQLServerTelemetry.OtherOperation"/>. Names of the
/// documents an operator preloaded (the dashboard's) are always their own, so a client inventing names
/// cannot push them out.
/// </summary>
public sealed class OperationNameTags(int max)
{
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The tag value for an operation's name.</summary>
    /// <param name="preloaded">The document is one the operator preloaded, so its names are bounded already.</param>
    public string For(string? name, bool preloaded)
    {
        if (name is null)
        {
            return GraphQLServerTelemetry.AnonymousOperation;
        }
        if (preloaded || _seen.ContainsKey(name))
        {
            return name;
        }
        // Reserve a place first: concurrent requests never admit more than max names.
        if (Interlocked.Increment(ref _count) > max)
        {
            Interlocked.Decrement(ref _count);
            return GraphQLServerTelemetry.OtherOperation;
        }
        if (!_seen.TryAdd(name, true))
        {
            // Another request admitted the same name at the same moment: give the place back.
            Interlocked.Decrement(ref _count);
        }
        return name;
    }
}
