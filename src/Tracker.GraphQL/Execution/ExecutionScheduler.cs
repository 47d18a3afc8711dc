namespace Tracker.GraphQL.Execution;

/// <summary>
/// Runs an execution's continuations one at a time on a private queue, like a JavaScript event loop.
/// This is what lets the executor know when "no other work is runnable": the queue is empty while the
/// result is still pending. At that moment it dispatches the pending batches (DataLoaders), whose
/// completions queue more work. Resolver code therefore never runs on two threads at once within a request,
/// while their I/O still overlaps.
/// </summary>
internal sealed partial class ExecutionScheduler : SynchronizationContext
{
    // The queue, the signal and the run lock are each made on first use, one instance whoever asks first
    // (LazyInitializer's exchange): most executions complete synchronously and never post, wait or run a continuation.
    private Queue<(SendOrPostCallback Callback, object? State)>? _queue;

    private SemaphoreSlim? _signal;

    private Lock? _running;

    /// <summary>The queue of continuations; also the lock that guards it.</summary>
    private Queue<(SendOrPostCallback Callback, object? State)> Queued =>
        LazyInitializer.EnsureInitialized(ref _queue, static () => new Queue<(SendOrPostCallback Callback, object? State)>());

    /// <summary>The pump's wake-up: one instance, so that no release is lost.</summary>
    private SemaphoreSlim Signal => LazyInitializer.EnsureInitialized(ref _signal, static () => new SemaphoreSlim(0));

    /// <summary>Held while continuations run, so that the pump and the abandoned work's runs never overlap.</summary>
    private Lock Running => LazyInitializer.EnsureInitialized(ref _running, static () => new Lock());

    // Set once by Abandon (under _queue's lock): continuations then run on the thread pool.
    private Abandonment? _abandoned;

    private Action? _wake;

    public override void Post(SendOrPostCallback d, object? state)
    {
        Abandonment? abandoned;
        var queue = Queued;
        lock (queue)
        {
            abandoned = _abandoned;
            if (abandoned is null)
            {
                queue.Enqueue((d, state));
            }
        }
        if (abandoned is not null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static item => item.Scheduler.RunAbandoned(item.Callback, item.State), new AbandonedItem(this, d, state), preferLocal: false);
        }
        Signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous sends are not supported.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>
    /// Starts <paramref name="work"/> under this context and pumps its continuations until it completes.
    /// Completes synchronously (no allocation beyond the work's own) when the work does.
    /// </summary>
    public static ValueTask<T> Run<T>(Func<ValueTask<T>> work, IBatchDispatcher? dispatcher, CancellationToken cancellationToken) =>
        new ExecutionScheduler().RunAsync(work, dispatcher, cancellationToken);

    /// <summary>
    /// The same with the work's state passed rather than captured: a static lambda and a struct state cost the
    /// request nothing, where a capturing lambda costs a closure and a delegate.
    /// </summary>
    public static ValueTask<T> Run<TState, T>(Func<TState, ValueTask<T>> work, TState state, IBatchDispatcher? dispatcher, CancellationToken cancellationToken) =>
        new ExecutionScheduler().RunAsync(work, state, dispatcher, cancellationToken);

    /// <summary>
    /// <see cref="Run{T}"/> on this scheduler, which outlives the work: an incrementally delivered request runs its
    /// initial result this way, then its deferred work through <see cref="RunRound"/>.
    /// </summary>
    public ValueTask<T> RunAsync<T>(Func<ValueTask<T>> work, IBatchDispatcher? dispatcher, CancellationToken cancellationToken) =>
        RunAsync(static work => work(), work, dispatcher, cancellationToken);

    private ValueTask<T> RunAsync<TState, T>(Func<TState, ValueTask<T>> work, TState state, IBatchDispatcher? dispatcher, CancellationToken cancellationToken)
    {
        var task = Start(work, state);
        if (task.IsCompleted && dispatcher?.HasPendingWork != true && IsIdle)
        {
            return task;
        }
        return new ValueTask<T>(PumpAsync(task.AsTask(), dispatcher, cancellationToken));
    }

    /// <summary>Runs <paramref name="work"/> now, under this scheduler: whatever it awaits continues here.</summary>
    public T Enter<T>(Func<T> work) => Start(work);

    /// <summary>Whether continuations are waiting to run.</summary>
    public bool HasQueuedWork => !IsIdle;

    /// <summary>
    /// Runs the continuations queued now, not those they queue in turn: one turn of the event loop, after which
    /// an incremental response looks for completed work to deliver.
    /// </summary>
    public void RunRound()
    {
        int count;
        var queue = Volatile.Read(ref _queue);
        if (queue is null)
        {
            return;
        }
        lock (queue)
        {
            count = queue.Count;
        }
        RunQueued(count);
    }

    /// <summary>Sends the pending batches (nothing else can run); their completions queue continuations here.</summary>
    public void Dispatch(IBatchDispatcher dispatcher, CancellationToken cancellationToken) =>
        _ = Start(() => new ValueTask<bool>(DispatchAndSignal(dispatcher, cancellationToken)));

    /// <summary>
    /// Waits until something is queued here, a dispatch ends, or a load is queued from elsewhere (a resolver that
    /// continued on the thread pool); may return early, never late.
    /// </summary>
    public async Task WaitForWorkAsync(IBatchDispatcher? dispatcher, CancellationToken cancellationToken)
    {
        using var listening = dispatcher?.WhenWorkQueued(_wake ??= () => Signal.Release());
        if (dispatcher?.HasPendingWork == true)
        {
            // Queued after the caller looked and before this listened.
            return;
        }
        await Signal.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private bool IsIdle
    {
        get
        {
            var queue = Volatile.Read(ref _queue);
            if (queue is null)
            {
                return true;
            }
            lock (queue)
            {
                return queue.Count == 0;
            }
        }
    }

    private T Start<T>(Func<T> work) => Start(static work => work(), work);

    private T Start<TState, T>(Func<TState, T> work, TState state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <summary>
    /// Pumps until the work completes. When <paramref name="cancellationToken"/> fires first, the caller gets
    /// <see cref="OperationCanceledException"/> at once, but the pump goes on in the background until the work
    /// has ended: the resolvers' own reaction to the cancellation (catch and finally blocks, rolling back a
    /// transaction, disposing a database context) are continuations posted here, and a queue nobody pumps any
    /// more would never run them, leaving connections checked out and transactions open for good.
    /// </summary>
    private async Task<T> PumpAsync<T>(Task<T> task, IBatchDispatcher? dispatcher, CancellationToken cancellationToken)
    {
        try
        {
            await PumpUntilCompletedAsync(task, dispatcher, cancellationToken, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !task.IsCompleted)
        {
            _ = DrainAsync(task, dispatcher, cancellationToken);
            throw;
        }
        return await task.ConfigureAwait(false);
    }

    /// <summary>Runs the abandoned work's remaining continuations until it ends; its outcome is nobody's any more.</summary>
    private async Task DrainAsync(Task task, IBatchDispatcher? dispatcher, CancellationToken cancelled)
    {
        try
        {
            // Batches dispatched from here see the cancelled token, so loaders fail fast and their callers finish.
            await PumpUntilCompletedAsync(task, dispatcher, cancelled, CancellationToken.None).ConfigureAwait(false);
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The request was already answered; the work's failure (usually the cancellation itself) is expected.
        }
    }

    private async Task PumpUntilCompletedAsync(Task task, IBatchDispatcher? dispatcher, CancellationToken dispatchToken, CancellationToken waitToken)
    {
        while (true)
        {
            RunQueued();
            if (task.IsCompleted && IsIdle)
            {
                return;
            }
            if (IsIdle && dispatcher?.HasPendingWork == true)
            {
                // Nothing else can run: send the queued loads as one batch. Its completion posts back here.
                Dispatch(dispatcher, dispatchToken);
                continue;
            }
            if (IsIdle)
            {
                await WaitForWorkAsync(dispatcher, waitToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> DispatchAndSignal(IBatchDispatcher dispatcher, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DispatchAsync(cancellationToken);
        }
        finally
        {
            // Wake the pump even if the dispatch completed without posting anything.
            Signal.Release();
        }
        return true;
    }

    /// <summary>Runs queued continuations, one at a time: all of them, those they queue included, or the first <paramref name="limit"/>.</summary>
    private void RunQueued(int limit = int.MaxValue)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        using var running = Running.EnterScope();
        try
        {
            for (var ran = 0; ran < limit; ran++)
            {
                (SendOrPostCallback Callback, object? State) item;
                var queue = Volatile.Read(ref _queue);
                if (queue is null)
                {
                    return;
                }
                lock (queue)
                {
                    if (queue.Count == 0)
                    {
                        // Done, or abandoned meanwhile (the rest runs on the thread pool).
                        return;
                    }
                    item = queue.Dequeue();
                }
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
