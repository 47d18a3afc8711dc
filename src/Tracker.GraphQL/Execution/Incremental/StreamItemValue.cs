namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>One completed item of a stream and the errors raised inside it.</summary>
internal sealed record StreamItemValue(object? Item, IReadOnlyList<GraphQLError> Errors);
