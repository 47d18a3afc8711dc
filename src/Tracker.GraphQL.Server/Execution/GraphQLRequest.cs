namespace Tracker.GraphQL.Server.Execution;

/// <summary>A GraphQL-over-HTTP request's parameters, already checked for their JSON types.</summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text; null when the client sends only a persisted document's hash.</summary>
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
