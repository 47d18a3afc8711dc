namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// The data an execution group produced: the fields it owns at <see cref="Path"/>, with the errors raised inside
/// them, for whichever of its <see cref="DeliveryGroups"/> completes first.
/// </summary>
internal sealed record ExecutionGroupValue(
    IReadOnlyList<DeliveryGroup> DeliveryGroups,
    IReadOnlyList<object> Path,
    ResultMap Data,
    IReadOnlyList<GraphQLError> Errors);
