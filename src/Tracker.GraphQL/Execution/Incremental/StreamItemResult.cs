namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>A stream item's value and the incremental work found inside it (deferred fragments, nested streams).</summary>
internal sealed record StreamItemResult(StreamItemValue Value, IncrementalWork Work);
