namespace Tracker.GraphQL.Execution;

// STUB (execution work package): graphql-js execute / subscribe (spec §6).
public static class Executor
{
    /// <summary>Executes a validated document (spec §6.1). Never throws for request errors: they are in the result.</summary>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionArgs args) => throw new NotImplementedException();

    /// <summary>
    /// Subscribes (spec §6.2.3): either an error result, or a stream of results, one per source event.
    /// </summary>
    public static Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args) => throw new NotImplementedException();
}
