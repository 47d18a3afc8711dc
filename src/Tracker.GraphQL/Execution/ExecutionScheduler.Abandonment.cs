namespace Tracker.GraphQL.Execution;

/// <summary>What the scheduler does once its work is abandoned and nobody pumps its queue (see <see cref="Abandon"/>).</summary>
internal sealed partial class ExecutionScheduler
{
    /// <summary>
    /// The work was abandoned (an incremental response cancelled or closed early) and nobody pumps this queue any
    /// more, yet the resolvers' reaction to the cancellation (catch and finally blocks, rolling back a transaction,
    /// disposing a database context) are continuations posted here. From now on every continuation, those queued
    /// included, runs on the thread pool as soon as it is posted, still one at a time; when one leaves batches
    /// pending (a loader awaited), they are dispatched with the cancelled token, so loaders fail fast and their
    /// callers finish. The work's outcome is nobody's any more.
    /// </summary>
    public void Abandon(IBatchDispatcher? dispatcher, CancellationToken cancelled)
    {
        (SendOrPostCallback Callback, object? State)[] queued;
        var queue = Queued;
        lock (queue)
        {
            if (_abandoned is not null)
            {
                return;
            }
            _abandoned = new Abandonment(dispatcher, cancelled);
            queued = queue.ToArray();
            queue.Clear();
        }
        foreach (var (callback, state) in queued)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static item => item.Scheduler.RunAbandoned(item.Callback, item.State), new AbandonedItem(this, callback, state), preferLocal: false);
        }
        if (queued.Length == 0 && dispatcher?.HasPendingWork == true)
        {
            // Loads queued and awaited with nothing left to run: dispatch them so that their callers end.
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.RunAbandoned(static _ => { }, null), this, preferLocal: false);
        }
    }

    private void RunAbandoned(SendOrPostCallback callback, object? state)
    {
        lock (Running)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                callback(state);
                if (_abandoned is { Dispatcher: { HasPendingWork: true } dispatcher } abandonment)
                {
                    Dispatch(dispatcher, abandonment.Cancelled);
                }
            }
            catch (Exception)
            {
                // On the thread pool an exception would end the process; the abandoned work's failures are expected.
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }

    private sealed record Abandonment(IBatchDispatcher? Dispatcher, CancellationToken Cancelled);

    private sealed record AbandonedItem(ExecutionScheduler Scheduler, SendOrPostCallback Callback, object? State);
}
