namespace Tracker.GraphQL.Execution;

/// <summary>
/// A payload after the initial one (graphql-js SubsequentIncrementalExecutionResult):
/// <c>{hasNext, pending?, incremental?, completed?}</c>. Each list is null when empty, as graphql-js leaves it out.
/// </summary>
public sealed record SubsequentIncrementalExecutionResult(
    bool HasNext,
    IReadOnlyList<PendingResult>? Pending,
    IReadOnlyList<IncrementalResult>? Incremental,
    IReadOnlyList<CompletedResult>? Completed)
{
    /// <summary>Response extensions; null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
