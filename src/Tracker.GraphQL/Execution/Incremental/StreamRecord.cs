using System.Collections;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// A streamed list's remaining items (graphql-js StreamRecord with its item queue). Once started, a producer reads
/// the source and completes one item after another, each with an executor of its own, and buffers the results
/// until the graph takes them. Like graphql-js, it runs at most <see cref="Capacity"/> items ahead of delivery,
/// so a long list is delivered in slices and never held whole.
/// </summary>
internal sealed class StreamRecord
{
    /// <summary>graphql-js's item queue capacity: a payload carries at most this many items of one stream.</summary>
    public const int Capacity = 100;

    private readonly Queue<StreamItemResult> _buffer = new();
    private readonly IEnumerator? _items;
    private readonly IAsyncEnumerator<object?>? _asyncItems;
    private readonly Func<int, object?, ValueTask<StreamItemResult>> _completeItem;
    private readonly IReadOnlyList<FieldNode> _nodes;
    private readonly CancellationToken _cancellationToken;
    private IStreamObserver? _observer;
    private TaskCompletionSource? _space;
    private Task<bool>? _readInFlight;
    private bool _itemsAnnounced;
    private int _sourceReleased;

    /// <param name="completeItem">Completes the item at an index with an executor of its own.</param>
    public StreamRecord(
        string? label,
        ResponsePath path,
        int initialCount,
        IEnumerator? items,
        IAsyncEnumerator<object?>? asyncItems,
        IReadOnlyList<FieldNode> nodes,
        Func<int, object?, ValueTask<StreamItemResult>> completeItem,
        CancellationToken cancellationToken)
    {
        Label = label;
        Path = path;
        InitialCount = initialCount;
        _items = items;
        _asyncItems = asyncItems;
        _nodes = nodes;
        _completeItem = completeItem;
        _cancellationToken = cancellationToken;
    }

    public string? Label { get; }

    /// <summary>The list's path.</summary>
    public ResponsePath Path { get; }

    /// <summary>The index of the first streamed item: the number of items the list's own result holds.</summary>
    public int InitialCount { get; }

    /// <summary>The source ended; set before the last items are taken.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>Why the stream failed, once it has.</summary>
    public GraphQLError? Failure { get; private set; }

    public bool IsStopped { get; private set; }

    public bool HasBufferedItems => _buffer.Count > 0;

    /// <summary>Starts the producer; like graphql-js, its first item is read on a later turn of the scheduler.</summary>
    public void Start(IStreamObserver observer)
    {
        _observer = observer;
        _ = ProduceAsync();
    }

    /// <summary>Takes every buffered item; the producer, if it was waiting for room, goes on.</summary>
    public IReadOnlyList<StreamItemResult> TakeItems()
    {
        var items = _buffer.ToArray();
        _buffer.Clear();
        _itemsAnnounced = false;
        ReleaseProducer();
        return items;
    }

    /// <summary>
    /// Stops the stream for good: nothing more is produced and the source is released (disposed, or for an async
    /// source with a read in flight, disposed as soon as that read ends, whether or not anything runs the scheduler).
    /// </summary>
    public void Stop()
    {
        if (IsStopped)
        {
            return;
        }
        IsStopped = true;
        _buffer.Clear();
        ReleaseProducer();
        if (_readInFlight is { IsCompleted: false } read)
        {
            _ = read.ContinueWith(static (_, state) => ((StreamRecord)state!).ReleaseSource(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return;
        }
        ReleaseSource();
    }

    private async Task ProduceAsync()
    {
        // graphql-js's producer waits for the stream to be started, which resolves on a later turn of its event
        // loop: deferred fragments ready at once are therefore delivered before a stream's first items.
        await Task.Yield();
        var index = InitialCount;
        try
        {
            while (!IsStopped)
            {
                bool hasNext;
                object? item;
                try
                {
                    (hasNext, item) = await ReadAsync();
                }
                catch (Exception exception) when (!IsCancellation(exception))
                {
                    if (!IsStopped)
                    {
                        await FailAsync(LocatedErrors.Locate(exception, _nodes, Path));
                    }
                    return;
                }
                if (IsStopped)
                {
                    return;
                }
                if (!hasNext)
                {
                    await FinishAsync();
                    return;
                }
                StreamItemResult result;
                try
                {
                    var completion = _completeItem(index, item);
                    result = completion.IsCompletedSuccessfully ? completion.Result : await completion;
                }
                catch (Exception exception) when (!IsCancellation(exception))
                {
                    // A non-null item failed: the items before it were delivered, the stream ends with the error.
                    if (!IsStopped)
                    {
                        await FailAsync(exception as GraphQLError ?? new GraphQLError(exception.Message, originalError: exception));
                    }
                    return;
                }
                if (IsStopped)
                {
                    return;
                }
                if (Push(result))
                {
                    _space = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    await _space.Task;
                }
                index++;
            }
        }
        catch (Exception exception) when (IsCancellation(exception))
        {
            // The execution was cancelled: nobody waits for this stream any more.
        }
        finally
        {
            ReleaseSource();
        }
    }

    private async ValueTask<(bool HasNext, object? Item)> ReadAsync()
    {
        if (_asyncItems is not { } asyncItems)
        {
            var hasNext = _items!.MoveNext();
            return (hasNext, hasNext ? _items.Current : null);
        }
        var read = asyncItems.MoveNextAsync();
        bool hasNextAsync;
        if (read.IsCompleted)
        {
            hasNextAsync = read.GetAwaiter().GetResult();
        }
        else
        {
            _readInFlight = read.AsTask();
            hasNextAsync = await _readInFlight;
            _readInFlight = null;
        }
        // A stopped stream's source may already be closing: it is not read again.
        return (hasNextAsync, hasNextAsync && !IsStopped ? asyncItems.Current : null);
    }

    /// <summary>Buffers an item; true when the buffer is full and the producer must wait for it to be taken.</summary>
    private bool Push(StreamItemResult result)
    {
        _buffer.Enqueue(result);
        if (!_itemsAnnounced)
        {
            _itemsAnnounced = true;
            _observer!.ItemsReady(this);
        }
        return _buffer.Count >= Capacity;
    }

    /// <summary>
    /// The end of the source. With items still to be taken, their taking reports it; otherwise it is reported on the
    /// next turn, as graphql-js's end of a stream reaches its work queue some steps after items do.
    /// </summary>
    private async ValueTask FinishAsync()
    {
        IsFinished = true;
        if (!_itemsAnnounced)
        {
            await Task.Yield();
            if (!IsStopped)
            {
                _observer!.Succeeded(this);
            }
        }
    }

    /// <summary>A failure; after items still to be taken, reported in a later payload (see IncrementalGraph).</summary>
    private async ValueTask FailAsync(GraphQLError error)
    {
        Failure = error;
        if (!_itemsAnnounced)
        {
            await Task.Yield();
            if (!IsStopped)
            {
                _observer!.Failed(this, error);
            }
        }
    }

    private void ReleaseProducer()
    {
        var space = _space;
        _space = null;
        space?.TrySetResult();
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && _cancellationToken.IsCancellationRequested;

    /// <summary>Disposes the source once, never letting its failure escape (graphql-js returnIteratorCatchingErrors).</summary>
    private void ReleaseSource()
    {
        if (Interlocked.Exchange(ref _sourceReleased, 1) != 0)
        {
            return;
        }
        if (_asyncItems is { } asyncItems)
        {
            // Off the execution's scheduler: nothing may be left running it when the stream stops.
            _ = Task.Run(async () =>
            {
                try
                {
                    await asyncItems.DisposeAsync();
                }
                catch (Exception)
                {
                    // A source failing to close is no concern of the response.
                }
            });
            return;
        }
        try
        {
            (_items as IDisposable)?.Dispose();
        }
        catch (Exception)
        {
            // As above.
        }
    }
}
