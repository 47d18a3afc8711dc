namespace Tracker.GraphQL.Execution;

/// <summary>An entry of a payload's <c>incremental</c> list: data for a pending fragment or items for a pending stream.</summary>
public abstract record IncrementalResult(string Id, IReadOnlyList<GraphQLError>? Errors);
