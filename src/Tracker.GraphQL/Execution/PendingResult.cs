namespace Tracker.GraphQL.Execution;

/// <summary>
/// A deferred fragment or a stream announced in a payload (<c>{id, path, label?}</c>): later payloads refer to it
/// by <see cref="Id"/> until it is completed. <see cref="Path"/> is the object a fragment's fields belong to, or the
/// streamed list.
/// </summary>
public sealed record PendingResult(string Id, IReadOnlyList<object> Path, string? Label);
