namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>An execution group's value and the incremental work found while producing it.</summary>
internal sealed record ExecutionGroupResult(ExecutionGroupValue Value, IncrementalWork Work);
