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

/// <summary>The outcome of a request and whether execution started (it decides graphql-response+json status codes).</summary>
public sealed record GraphQLResponse(Tracker.GraphQL.Execution.ExecutionResult Result)
{
    /// <summary>The request failed before execution (syntax, validation, variables, limits): no data.</summary>
    public bool IsRequestError => !Result.HasData;
}
