namespace Tracker.GraphQL.Execution;

/// <summary>
/// Fields of a deferred fragment (<c>{id, data, errors?, subPath?}</c>): they belong at the pending entry's path
/// followed by <see cref="SubPath"/>, which is set when the fields lie deeper than the fragment the id names (the
/// closest pending fragment is named, so that fields shared by nested fragments are sent once).
/// </summary>
public sealed record IncrementalDeferResult(
    string Id,
    IReadOnlyDictionary<string, object?> Data,
    IReadOnlyList<GraphQLError>? Errors,
    IReadOnlyList<object>? SubPath) : IncrementalResult(Id, Errors);
