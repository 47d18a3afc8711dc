using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// Fields of one object that are delivered with the same deferred fragments (graphql-js ExecutionGroup, a
/// "task"): run by an executor of their own, with errors of their own, once one of its fragments is started.
/// A field both in a fragment and in its sibling is in one group for both, so it runs once and is sent once.
/// </summary>
internal sealed class ExecutionGroup(
    DeliveryGroup[] groups,
    ResponsePath? path,
    OperationExecutor executor,
    ObjectType parentType,
    object? source,
    GroupedFieldSet fields,
    DeliveryGroupMap deliveryGroups)
{
    /// <summary>The deferred fragments this group's fields belong to.</summary>
    public DeliveryGroup[] Groups { get; } = groups;

    /// <summary>The object the fields belong to; null for root fields.</summary>
    public ResponsePath? Path { get; } = path;

    public ObjectType ParentType { get; } = parentType;

    public object? Source { get; } = source;

    public GroupedFieldSet Fields { get; } = fields;

    public DeliveryGroupMap DeliveryGroups { get; } = deliveryGroups;

    /// <summary>Runs the fields; faults when a non-null error reaches the group's own level.</summary>
    public ValueTask<ExecutionGroupResult> StartAsync() => executor.ExecuteExecutionGroup(this);

    /// <summary>Stops what the group's executor started (its streams); its result is no longer wanted.</summary>
    public void Abort() => executor.Abort();
}
