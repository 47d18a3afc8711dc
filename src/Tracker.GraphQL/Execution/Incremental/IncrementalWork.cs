namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// What one executor (the initial one, an execution group's, a stream item's) found to deliver later: deferred
/// fragments, the execution groups that fill them, and streams (graphql-js IncrementalWork).
/// </summary>
internal sealed record IncrementalWork(
    IReadOnlyList<DeliveryGroup> Groups,
    IReadOnlyList<ExecutionGroup> Tasks,
    IReadOnlyList<StreamRecord> Streams)
{
    public static IncrementalWork None { get; } = new([], [], []);

    public bool IsEmpty => Tasks.Count == 0 && Streams.Count == 0;
}
