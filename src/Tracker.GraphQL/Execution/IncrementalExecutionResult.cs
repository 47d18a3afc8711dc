namespace Tracker.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="Executor.ExecuteIncrementallyAsync"/> (graphql-js experimentalExecuteIncrementally):
/// either one ordinary result, when nothing was deferred or streamed (or a request error stopped execution), or an
/// initial result followed by subsequent payloads. The subsequent payloads can be enumerated once; whoever does not
/// read them to the end disposes the enumerator, which cancels the deferred work and releases streamed sources
/// (a streamed list's source is already open). Disposing this result does the same when the payloads were never
/// enumerated, so <c>await using</c> on it is always enough.
/// </summary>
public sealed class IncrementalExecutionResult : IAsyncDisposable
{
    public IncrementalExecutionResult(ExecutionResult singleResult) => SingleResult = singleResult;

    public IncrementalExecutionResult(InitialIncrementalExecutionResult initialResult, IAsyncEnumerable<SubsequentIncrementalExecutionResult> subsequentResults)
    {
        InitialResult = initialResult;
        SubsequentResults = subsequentResults;
    }

    /// <summary>The whole response, when it comes in one piece.</summary>
    public ExecutionResult? SingleResult { get; }

    /// <summary>The first payload of an incremental response: its data, errors and pending fragments and streams.</summary>
    public InitialIncrementalExecutionResult? InitialResult { get; }

    /// <summary>The payloads after the initial one; the last has <c>hasNext: false</c>.</summary>
    public IAsyncEnumerable<SubsequentIncrementalExecutionResult>? SubsequentResults { get; }

    public bool IsIncremental => InitialResult is not null;

    /// <summary>Abandons the deferred work unless the payloads are being (or were) enumerated, whose enumerator owns it.</summary>
    public ValueTask DisposeAsync()
    {
        (SubsequentResults as Incremental.SubsequentResultStream)?.CloseUnlessEnumerated();
        return ValueTask.CompletedTask;
    }
}
