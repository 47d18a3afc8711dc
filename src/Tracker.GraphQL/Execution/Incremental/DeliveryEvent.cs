namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>What a payload reports, in order (graphql-js work queue events); the publisher words it.</summary>
internal sealed record DeliveryEvent(
    DeliveryEvent.Kinds Kind,
    DeliveryGroup? Group = null,
    StreamRecord? Stream = null,
    IReadOnlyList<ExecutionGroupValue>? GroupValues = null,
    IReadOnlyList<StreamItemValue>? StreamValues = null,
    IReadOnlyList<DeliveryGroup>? NewGroups = null,
    IReadOnlyList<StreamRecord>? NewStreams = null,
    GraphQLError? Error = null)
{
    public enum Kinds
    {
        /// <summary>The data of a completed fragment's execution groups.</summary>
        GroupValues,

        /// <summary>A fragment completed; fragments and streams inside it are announced.</summary>
        GroupSucceeded,

        /// <summary>A non-null error reached a fragment's boundary.</summary>
        GroupFailed,

        /// <summary>Items of a stream; fragments and streams inside them are announced.</summary>
        StreamValues,

        StreamSucceeded,

        StreamFailed,

        /// <summary>Nothing is pending any more: the payload is the last.</summary>
        Terminated,
    }
}
