using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// What a streaming transport (WebSocket, Server-Sent Events) sends for an operation: exactly one of a single
/// result (a request error without data, or an executed query or mutation), a subscription's stream of results,
/// or a query or mutation delivered incrementally (<c>@defer</c>/<c>@stream</c>), which the receiver disposes.
/// </summary>
public sealed record StreamedResponse
{
    public StreamedResponse(ExecutionResult result) => ErrorResult = result;

    public StreamedResponse(IAsyncEnumerable<ExecutionResult> stream) => Stream = stream;

    public StreamedResponse(IncrementalResponse incremental) => Incremental = incremental;

    /// <summary>The single result: a request error, or (with data) an executed query or mutation.</summary>
    public ExecutionResult? ErrorResult { get; }

    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    public IncrementalResponse? Incremental { get; }

    /// <summary>The operation defers or streams, and the transport cannot carry several payloads (HTTP 406 where there is a status).</summary>
    public bool IsNotAcceptable => ErrorResult is { } result && GraphQLResponse.RefusesIncrementalDelivery(result);
}
