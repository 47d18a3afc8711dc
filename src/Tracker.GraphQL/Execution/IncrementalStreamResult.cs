namespace Tracker.GraphQL.Execution;

/// <summary>Further items of a streamed list (<c>{id, items, errors?}</c>), appended to it in order.</summary>
public sealed record IncrementalStreamResult(
    string Id,
    IReadOnlyList<object?> Items,
    IReadOnlyList<GraphQLError>? Errors) : IncrementalResult(Id, Errors);
