using Tracker.GraphQL.Server.Configuration;
using Tracker.Shared;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Counts the connections that stay open for live data (WebSocket, Server-Sent Events in either graphql-sse mode,
/// multipart subscriptions) on the whole server and per client address, and refuses one beyond
/// <see cref="GraphQLServerOptions.MaxLiveConnections"/> or <see cref="GraphQLServerOptions.MaxLiveConnectionsPerClient"/>.
/// Each open connection holds buffers, a request scope and its operations for as long as the client keeps it, so
/// without a bound one client could open connections until the process runs out of memory or file handles; the
/// operations on one connection have their own bound (<see cref="GraphQLServerOptions.MaxOperationsPerConnection"/>).
/// </summary>
public sealed class LiveConnections(GraphQLServerOptions options)
{
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly Lock _counting = new();
    private readonly ChangeSignal _changed = new();
    private int _count;

    /// <summary>How many live connections are open.</summary>
    public int Count
    {
        get
        {
            lock (_counting)
            {
                return _count;
            }
        }
    }

    /// <summary>
    /// Completes the next time a connection opens or closes: a test waiting for the server to notice a close is woken
    /// by it, not by a timer. Take it before reading <see cref="Count"/>.
    /// </summary>
    public Task NextChange => _changed.Next;

    /// <summary>
    /// A place for one more connection of this client, to dispose when it closes; null when a limit is reached, with
    /// <paramref name="refusal"/> saying which.
    /// </summary>
    internal IDisposable? TryOpen(string client, out string? refusal)
    {
        lock (_counting)
        {
            var ofClient = _perClient.GetValueOrDefault(client);
            refusal = ofClient >= options.MaxLiveConnectionsPerClient
                ? $"This client address already holds {options.MaxLiveConnectionsPerClient} live connections, the most allowed; close one before opening another."
                : _count >= options.MaxLiveConnections
                    ? $"The server already holds {options.MaxLiveConnections} live connections, the most allowed; try again later."
                    : null;
            if (refusal is not null)
            {
                return null;
            }
            _perClient[client] = ofClient + 1;
            _count++;
        }
        _changed.Raise();
        return new Place(this, client);
    }

    private void Close(string client)
    {
        lock (_counting)
        {
            var left = _perClient[client] - 1;
            if (left == 0)
            {
                // Addresses come and go: an entry lives only while its client has a connection open.
                _perClient.Remove(client);
            }
            else
            {
                _perClient[client] = left;
            }
            _count--;
        }
        _changed.Raise();
    }

    private sealed class Place(LiveConnections connections, string client) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                connections.Close(client);
            }
        }
    }
}
