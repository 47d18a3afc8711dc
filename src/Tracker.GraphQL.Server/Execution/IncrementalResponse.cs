using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// A query or mutation answered in several payloads (<c>@defer</c>/<c>@stream</c>), errors already masked: the
/// initial result, then the subsequent payloads, the last with <c>hasNext: false</c>. The execution timeout runs
/// until the last payload; when it fires, a last payload completes every pending fragment and stream with an
/// EXECUTION_TIMEOUT error. Whoever receives this disposes it (<c>await using</c>): stopping early, or never
/// reading the payloads, cancels the deferred work and releases its resources.
/// </summary>
public sealed class IncrementalResponse : IAsyncDisposable
{
    private readonly IAsyncDisposable _execution;
    private readonly IDisposable _timeout;
    private int _disposed;

    internal IncrementalResponse(
        InitialIncrementalExecutionResult initial,
        IAsyncEnumerable<SubsequentIncrementalExecutionResult> subsequent,
        IAsyncDisposable execution,
        IDisposable timeout)
    {
        Initial = initial;
        Subsequent = subsequent;
        _execution = execution;
        _timeout = timeout;
    }

    public InitialIncrementalExecutionResult Initial { get; }

    /// <summary>Can be enumerated once.</summary>
    public IAsyncEnumerable<SubsequentIncrementalExecutionResult> Subsequent { get; }

    public async ValueTask DisposeAsync()
    {
        // Once only: the deadline goes back to a pool, and ending it again could end the request that uses it next.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _execution.DisposeAsync();
        _timeout.Dispose();
    }
}
