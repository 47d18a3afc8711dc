namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// The outcome of a request and whether execution started (it decides graphql-response+json status codes). When
/// the operation is delivered in several payloads, <see cref="Incremental"/> holds them (the receiver disposes it)
/// and <see cref="Result"/> only the initial result's data and errors.
/// </summary>
public sealed record GraphQLResponse(Tracker.GraphQL.Execution.ExecutionResult Result)
{
    /// <summary>The request failed before execution (syntax, validation, variables, limits): no data.</summary>
    public bool IsRequestError => !Result.HasData;

    /// <summary>The operation defers or streams, and the client cannot take several payloads (HTTP 406).</summary>
    public bool IsNotAcceptable => RefusesIncrementalDelivery(Result);

    /// <summary>Whether a result is the refusal of an operation that defers or streams, for a client that takes one payload.</summary>
    internal static bool RefusesIncrementalDelivery(Tracker.GraphQL.Execution.ExecutionResult result) =>
        !result.HasData && result.Errors is [{ Code: ServerErrorCodes.IncrementalDeliveryNotAccepted }];

    public IncrementalResponse? Incremental { get; init; }

    /// <summary>The type of the operation that executed; null when none did (the response cache keeps only queries).</summary>
    public Tracker.GraphQL.Language.OperationType? Operation { get; init; }
}
