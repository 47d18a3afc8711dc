using System.Threading.RateLimiting;
using Tracker.Shared;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Bounds how many subscription events execute at once on the server
/// (<see cref="Configuration.GraphQLServerOptions.MaxConcurrentSubscriptionEvents"/>); an event beyond the bound waits
/// for a slot, first come first served (a <see cref="ConcurrencyLimiter"/>, oldest first, as the write lock's queue),
/// holding nothing but its payload. Why: one committed write is the source event of every subscription listening to
/// it, and each executes its whole selection. Run all at once, 500 anonymous subscriptions of a heavy (but within
/// every limit) selection held the thread pool for 38 s of CPU after one write (SQLite's reads block a thread each),
/// and a one-field query waited 49 s behind them. With the gate the same work is queued, and queries and mutations
/// keep their share.
/// </summary>
public sealed class SubscriptionEventGate
{
    private readonly ConcurrencyLimiter _slots;
    private readonly ChangeSignal _changed = new();

    public SubscriptionEventGate(int maxConcurrent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Capacity = maxConcurrent;
    }

    public int Capacity { get; }

    /// <summary>Events executing now.</summary>
    public int Executing => Capacity - (int)_slots.GetStatistics()!.CurrentAvailablePermits;

    /// <summary>Events waiting for a slot now.</summary>
    public int Waiting => (int)_slots.GetStatistics()!.CurrentQueuedCount;

    /// <summary>Completes at the next change of <see cref="Executing"/> or <see cref="Waiting"/> (for tests awaiting a state).</summary>
    public Task NextChange => _changed.Next;

    /// <summary>Waits for a slot; disposing the result gives it back. Cancelled (the subscription ended), it takes none.</summary>
    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var lease = _slots.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            var queued = _slots.AcquireAsync(1, cancellationToken);
            _changed.Raise();
            try
            {
                lease = await queued.ConfigureAwait(false);
            }
            finally
            {
                // Leaving the queue, with a slot or cancelled, is a change too.
                _changed.Raise();
            }
        }
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The subscription event queue refused an event.");
        }
        _changed.Raise();
        return new Slot(this, lease);
    }

    /// <summary>A slot held; given back once, however often it is disposed.</summary>
    private sealed class Slot(SubscriptionEventGate gate, RateLimitLease lease) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lease.Dispose();
                gate._changed.Raise();
            }
            return ValueTask.CompletedTask;
        }
    }
}
