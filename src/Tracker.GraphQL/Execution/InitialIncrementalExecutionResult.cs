namespace Tracker.GraphQL.Execution;

/// <summary>
/// The first payload of an incremental response (graphql-js InitialIncrementalExecutionResult):
/// <c>{errors?, data, pending, hasNext: true}</c>. <see cref="Data"/> holds the fields not deferred and the
/// first items of streamed lists; <see cref="Pending"/> announces what follows.
/// </summary>
public sealed record InitialIncrementalExecutionResult(
    IReadOnlyDictionary<string, object?> Data,
    IReadOnlyList<GraphQLError>? Errors,
    IReadOnlyList<PendingResult> Pending)
{
    /// <summary>Always true: an initial result is only made when something follows.</summary>
    public bool HasNext => true;

    /// <summary>Response extensions (cost, tracing...); null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
