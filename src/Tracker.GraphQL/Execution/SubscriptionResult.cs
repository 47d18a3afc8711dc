namespace Tracker.GraphQL.Execution;

/// <summary>The outcome of subscribing: an error result, or a stream of results.</summary>
public sealed class SubscriptionResult
{
    public SubscriptionResult(ExecutionResult errorResult) => ErrorResult = errorResult;

    public SubscriptionResult(IAsyncEnumerable<ExecutionResult> stream) => Stream = stream;

    public ExecutionResult? ErrorResult { get; }

    public IAsyncEnumerable<ExecutionResult>? Stream { get; }
}
