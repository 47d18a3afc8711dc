namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>Something that happened to running work, queued for the incremental graph (graphql-js graph events).</summary>
internal readonly record struct GraphEvent(GraphEvent.Kinds Kind, ExecutionGroup? Task, StreamRecord? Stream, ExecutionGroupResult? Result, GraphQLError? Error)
{
    public enum Kinds
    {
        TaskSucceeded,
        TaskFailed,
        StreamItemsReady,
        StreamSucceeded,
        StreamFailed,
    }

    public static GraphEvent TaskSucceeded(ExecutionGroup task, ExecutionGroupResult result) => new(Kinds.TaskSucceeded, task, null, result, null);

    public static GraphEvent TaskFailed(ExecutionGroup task, GraphQLError error) => new(Kinds.TaskFailed, task, null, null, error);

    public static GraphEvent StreamItemsReady(StreamRecord stream) => new(Kinds.StreamItemsReady, null, stream, null, null);

    public static GraphEvent StreamSucceeded(StreamRecord stream) => new(Kinds.StreamSucceeded, null, stream, null, null);

    public static GraphEvent StreamFailed(StreamRecord stream, GraphQLError error) => new(Kinds.StreamFailed, null, stream, null, error);
}
