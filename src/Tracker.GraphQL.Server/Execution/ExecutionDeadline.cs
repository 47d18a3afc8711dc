using Microsoft.Extensions.ObjectPool;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// The execution timeout of one request: a token cancelled when the timeout passes or when the request's own token is
/// (the client went away, the server is stopping). Every request needs one, and a linked token source with a timer
/// is three objects and a timer made and dropped per request; so deadlines are kept in a pool and used again, as
/// Kestrel keeps the sources of its requests' tokens.
/// </summary>
/// <remarks>
/// A deadline goes back to the pool only when nothing can cancel it any more: its link to the request's token is
/// undone first (which waits for a cancellation running on another thread), and its timer is stopped only while the
/// timeout is still a second or more away. A timer that has fired, or might be firing, cannot be called back, and
/// .NET would let a late firing cancel whoever uses the source next; such a deadline, or a cancelled one, is dropped.
/// </remarks>
internal sealed class ExecutionDeadline : IDisposable
{
    /// <summary>The margin kept from the timer's firing before a deadline is used again.</summary>
    private static readonly TimeSpan ReuseMargin = TimeSpan.FromSeconds(1);

    private static readonly ObjectPool<ExecutionDeadline> Pool =
        new DefaultObjectPool<ExecutionDeadline>(new DefaultPooledObjectPolicy<ExecutionDeadline>(), Environment.ProcessorCount * 16);

    private readonly CancellationTokenSource _source = new();

    private CancellationTokenRegistration _link;

    /// <summary>
    /// When the timer is due, in <see cref="Environment.TickCount64"/> milliseconds: the margin kept is a second, so the
    /// tick count's coarseness (a few milliseconds) does not matter, and reading it costs far less than a
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamp twice per request.
    /// </summary>
    private long _dueTicks;

    /// <summary>1 from <see cref="Start"/> until the first <see cref="Dispose"/>: a second one must not pool it twice.</summary>
    private int _running;

    /// <summary>Made by the pool only.</summary>
    public ExecutionDeadline()
    {
    }

    public CancellationToken Token => _source.Token;

    public bool IsCancellationRequested => _source.IsCancellationRequested;

    /// <summary>How many requests have used this one: tests see by it that a deadline came back from the pool.</summary>
    internal int Uses { get; private set; }

    /// <summary>A deadline <paramref name="timeout"/> from now, also cancelled with <paramref name="request"/>.</summary>
    public static ExecutionDeadline Start(TimeSpan timeout, CancellationToken request)
    {
        var deadline = Pool.Get();
        deadline.Uses++;
        deadline._running = 1;
        deadline._dueTicks = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        deadline._link = request.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline._source);
        deadline._source.CancelAfter(timeout);
        return deadline;
    }

    /// <summary>Ends the deadline; its token must not be used after this.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _running, 0) == 0)
        {
            return;
        }
        _link.Dispose();
        _link = default;
        if (Environment.TickCount64 < _dueTicks - (long)ReuseMargin.TotalMilliseconds && _source.TryReset())
        {
            Pool.Return(this);
        }
        else
        {
            _source.Dispose();
        }
    }
}
