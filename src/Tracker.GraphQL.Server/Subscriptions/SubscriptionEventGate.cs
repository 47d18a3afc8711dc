using Tracker.Shared;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Bounds how many subscription events execute at once on the server
/// (<see cref="Configuration.GraphQLServerOptions.MaxConcurrentSubscriptionEvents"/>); an event beyond the bound waits
/// for a slot, first come first served, holding nothing but its payload. Why: one committed write is the source event
/// of every subscription listening to it, and each executes its whole selection. Run all at once, 500 anonymous
/// subscriptions of a heavy (but within every limit) selection held the thread pool for 27 s of CPU after one write
/// (SQLite's reads block a thread each), and a one-field query waited 30 s behind them; a mutation's answer was lost
/// to Kestrel's minimum data rate. With the gate the same work is queued, and queries and mutations keep their share.
/// </summary>
public sealed class SubscriptionEventGate
{
    private readonly SemaphoreSlim _slots;
    private readonly ChangeSignal _changed = new();
    private int _waiting;

    public SubscriptionEventGate(int maxConcurrent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        _slots = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        Capacity = maxConcurrent;
    }

    public int Capacity { get; }

    /// <summary>Events executing now.</summary>
    public int Executing => Capacity - _slots.CurrentCount;

    /// <summary>Events waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Completes at the next change of <see cref="Executing"/> or <see cref="Waiting"/> (for tests awaiting a state).</summary>
    public Task NextChange => _changed.Next;

    /// <summary>Waits for a slot; disposing the result gives it back. Cancelled (the subscription ended), it takes none.</summary>
    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0))
        {
            Interlocked.Increment(ref _waiting);
            _changed.Raise();
            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
        _changed.Raise();
        return new Slot(this);
    }

    private void Release()
    {
        _slots.Release();
        _changed.Raise();
    }

    /// <summary>A slot held; given back once, however often it is disposed.</summary>
    private sealed class Slot(SubscriptionEventGate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
            return ValueTask.CompletedTask;
        }
    }
}
