namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// The payloads after the initial result. Deferred work runs while a payload is asked for, on the request's
/// scheduler: each turn of the scheduler runs what was queued; once a turn leaves something to report, that is
/// the payload. So a payload carries everything that became ready at the same time, and synchronous work is
/// delivered exactly as graphql-js 17.1.0 delivers it. When nothing can run, pending batches (DataLoaders) are
/// dispatched, else the stream waits for I/O. It can be enumerated once; disposing it early (or cancelling)
/// abandons the deferred work and releases the streamed sources.
/// </summary>
internal sealed class SubsequentResultStream(IncrementalExecution execution, IncrementalGraph graph, IncrementalPublisher publisher)
    : IAsyncEnumerable<SubsequentIncrementalExecutionResult>
{
    // 0: untouched, 1: enumerated (the enumerator owns the work), 2: closed without being enumerated.
    private int _state;

    public IAsyncEnumerator<SubsequentIncrementalExecutionResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var state = Interlocked.CompareExchange(ref _state, 1, 0);
        if (state != 0)
        {
            throw new InvalidOperationException(state == 1
                ? "The subsequent results of an incremental execution can be enumerated only once."
                : "The incremental execution was disposed before its subsequent results were read.");
        }
        return new Enumerator(execution, graph, publisher, cancellationToken);
    }

    /// <summary>Abandons the work if no enumerator was ever made (nothing else would release streamed sources).</summary>
    public void CloseUnlessEnumerated()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
        {
            graph.Cancel();
            execution.Dispose();
        }
    }

    private sealed class Enumerator(IncrementalExecution execution, IncrementalGraph graph, IncrementalPublisher publisher, CancellationToken cancellationToken)
        : IAsyncEnumerator<SubsequentIncrementalExecutionResult>
    {
        private bool _started;
        private bool _done;

        public SubsequentIncrementalExecutionResult Current { get; private set; } = null!;

        public async ValueTask<bool> MoveNextAsync()
        {
            if (_done)
            {
                return false;
            }
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, execution.CancellationToken);
            try
            {
                Current = await NextPayloadAsync(linked.Token).ConfigureAwait(false);
            }
            catch
            {
                Close();
                throw;
            }
            if (!Current.HasNext)
            {
                Close();
            }
            return true;
        }

        private async ValueTask<SubsequentIncrementalExecutionResult> NextPayloadAsync(CancellationToken token)
        {
            var scheduler = execution.Scheduler;
            if (!_started)
            {
                _started = true;
                scheduler.Enter(() =>
                {
                    graph.Start();
                    return true;
                });
            }
            else
            {
                // What could run while the previous payload was being sent has run (graphql-js's work goes on while
                // its consumer handles a payload): everything that is ready by now, without waiting, goes out together.
                graph.ReleaseHeldEvents();
                while (scheduler.HasQueuedWork)
                {
                    scheduler.RunRound();
                }
            }
            while (true)
            {
                token.ThrowIfCancellationRequested();
                var events = scheduler.Enter(graph.Drain);
                if (events is not null)
                {
                    return publisher.Payload(events);
                }
                if (scheduler.HasQueuedWork)
                {
                    scheduler.RunRound();
                    continue;
                }
                if (execution.Dispatcher is { HasPendingWork: true } dispatcher)
                {
                    scheduler.Dispatch(dispatcher, token);
                    continue;
                }
                await scheduler.WaitForWorkAsync(execution.Dispatcher, token).ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync()
        {
            Close();
            return ValueTask.CompletedTask;
        }

        private void Close()
        {
            if (_done)
            {
                return;
            }
            _done = true;
            graph.Cancel();
            execution.Dispose();
        }
    }
}
