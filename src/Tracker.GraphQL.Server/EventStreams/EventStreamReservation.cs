using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace Tracker.GraphQL.Server.EventStreams;

/// <summary>
/// One reserved event stream of graphql-sse's single connection mode: its token, the client that reserved it, the
/// operations running for it and the events waiting for its connection. The queue is bounded, so an operation whose
/// events are not being read waits instead of filling memory. Ends (operations cancelled, queue closed) when its
/// stream disconnects, when no stream connected in time, or when the host stops.
/// </summary>
internal sealed class EventStreamReservation(string token, string client, int maxOperations) 
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly Channel<SseItem<ReadOnlyMemory<byte>>> _events = Channel.CreateBounded<SseItem<ReadOnlyMemory<byte>>>(new BoundedChannelOptions(64) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource _ended = new();
    private int _connected;

    public string Token { get; } = token;

    public string Client { get; } = client;

    /// <summary>Cancelled when the reservation ends: every operation's token is linked to it.</summary>
    public CancellationToken Ended => _ended.Token;

    public bool IsConnected => Volatile.Read(ref _connected) == 1;

    public ChannelReader<SseItem<ReadOnlyMemory<byte>>> Events => _events.Reader;

    /// <summary>Claims the reservation for one stream: false when a stream already holds it (only one may).</summary>
    public bool TryConnect() => Interlocked.Exchange(ref _connected, 1) == 0;

    /// <summary>Registers a running operation; null with the reason when its id is taken or too many run.</summary>
    public (CancellationTokenSource? Operation, bool Duplicate) TryAddOperation(string id)
    {
        if (_operations.Count >= maxOperations)
        {
            return (null, false);
        }
        var operation = CancellationTokenSource.CreateLinkedTokenSource(_ended.Token);
        if (_operations.TryAdd(id, operation))
        {
            return (operation, false);
        }
        operation.Dispose();
        return (null, true);
    }

    /// <summary>Whether the operation still runs (it was neither stopped by DELETE nor ended).</summary>
    public bool IsRunning(string id) => _operations.ContainsKey(id);

    /// <summary>Stops an operation (DELETE): its events stop at once; false when it was not running.</summary>
    public bool StopOperation(string id)
    {
        if (!_operations.TryRemove(id, out var operation))
        {
            return false;
        }
        try
        {
            operation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
        return true;
    }

    /// <summary>Forgets an operation that ended by itself; true if this removed it (so its "complete" is due).</summary>
    public bool RemoveOperation(string id) => _operations.TryRemove(id, out _);

    /// <summary>Queues an event for the stream, waiting while the queue is full; false once the reservation ended.</summary>
    public async ValueTask<bool> SendAsync(SseItem<ReadOnlyMemory<byte>> item, CancellationToken cancellationToken)
    {
        try
        {
            await _events.Writer.WriteAsync(item, cancellationToken);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>Ends the reservation: operations cancelled, queue closed. Idempotent.</summary>
    public void End()
    {
        _events.Writer.TryComplete();
        _ended.Cancel();
    }

}
