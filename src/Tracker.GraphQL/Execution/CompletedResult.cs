namespace Tracker.GraphQL.Execution;

/// <summary>
/// A pending fragment or stream that is done (<c>{id, errors?}</c>). With <see cref="Errors"/>, it failed: a non-null
/// error reached the fragment's boundary (none of its data is sent) or the stream's source or a non-null item failed.
/// </summary>
public sealed record CompletedResult(string Id, IReadOnlyList<GraphQLError>? Errors);
