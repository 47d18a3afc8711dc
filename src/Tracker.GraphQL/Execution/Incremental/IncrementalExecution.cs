namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// What every executor of one incrementally delivered request shares: the scheduler that runs all of them (the
/// deferred work continues on it after the initial result), the batch dispatcher, the cancellation of the whole
/// request, and every stream created, so that closing the request releases each stream's source.
/// </summary>
internal sealed class IncrementalExecution(ExecutionScheduler scheduler, IBatchDispatcher? dispatcher, CancellationTokenSource cancellation) : IDisposable
{
    private readonly List<StreamRecord> _streams = [];

    public ExecutionScheduler Scheduler { get; } = scheduler;

    public IBatchDispatcher? Dispatcher { get; } = dispatcher;

    public CancellationToken CancellationToken { get; } = cancellation.Token;

    /// <summary>The request is over (delivered, abandoned or cancelled): new streams are released at once.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Keeps a stream to release when the request closes; false (and the stream stopped) once closed.</summary>
    public bool Register(StreamRecord stream)
    {
        if (IsClosed)
        {
            stream.Stop();
            return false;
        }
        _streams.Add(stream);
        return true;
    }

    /// <summary>Cancels what still runs and releases every stream's source.</summary>
    public void Dispose()
    {
        if (IsClosed)
        {
            return;
        }
        IsClosed = true;
        foreach (var stream in _streams)
        {
            stream.Stop();
        }
        _streams.Clear();
        try
        {
            cancellation.Cancel();
        }
        finally
        {
            cancellation.Dispose();
        }
    }
}
