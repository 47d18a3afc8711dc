using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>What the engine answered, made fit for a client: request errors coded, unexpected exceptions masked (logged instead), timeouts told.</summary>
public sealed partial class RequestExecutor
{
    /// <summary>
    /// The engine answers as graphql-js does, with request errors that have no code. A result without data is
    /// one: no operation could be chosen, or (the schema being valid, checked at start) the variables could not
    /// be coerced. The server gives them the codes clients branch on.
    /// </summary>
    private static ExecutionResult CodeRequestErrors(ExecutionResult result, OperationDefinitionNode? operation)
    {
        if (result.HasData || result.Errors is not { Count: > 0 } errors || errors.All(e => e.Code is not null))
        {
            return result;
        }
        return Coded(errors, operation is null ? ErrorCodes.OperationResolutionFailure : ErrorCodes.BadUserInput);
    }

    // A method of its own: a lambda capturing a local of the method above made the compiler allocate its closure on
    // entry to every request's, errors or not.
    private static ExecutionResult Coded(IReadOnlyList<GraphQLError> errors, string code) =>
        ExecutionResult.FromErrors(errors.Select(e => e.WithCode(code)).ToList());

    private static GraphQLError Coded(string message, string code) => new(message, extensions: GraphQLError.Codes(code));

    private static ExecutionResult RequestError(GraphQLError error, string code) => ExecutionResult.FromErrors([error.WithCode(code)]);

    private async IAsyncEnumerable<ExecutionResult> MaskStream(IAsyncEnumerable<ExecutionResult> stream)
    {
        // Open while a transport streams it: from its first read to its end, whatever ends it.
        telemetry?.ActiveSubscriptions.Add(1);
        try
        {
            await foreach (var result in stream)
            {
                yield return Mask(result);
            }
        }
        finally
        {
            telemetry?.ActiveSubscriptions.Add(-1);
        }
    }

    /// <summary>
    /// Errors caused by unexpected exceptions keep their path and location but lose their message (logged
    /// instead), unless exception details are enabled for Development.
    /// </summary>
    private ExecutionResult Mask(ExecutionResult result)
    {
        if (result.Errors is not { } errors || errors.All(e => e.OriginalError is null or GraphQLError))
        {
            return result;
        }
        var masked = errors.Select(MaskError).ToList();
        return result.HasData ? ExecutionResult.FromData(result.Data, masked) : ExecutionResult.FromErrors(masked);
    }

    private GraphQLError MaskError(GraphQLError error)
    {
        if (error.OriginalError is null or GraphQLError)
        {
            return error;
        }
        var exception = error.OriginalError;
        logger.LogError(exception, "Resolver failed at {Path}", string.Join('.', error.Path ?? []));
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
        if (options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }
        return new GraphQLError("Unexpected error.", error.Nodes, null, error.Path, extensions);
    }

    private GraphQLError TimeoutError(OperationDefinitionNode? operation) => new(
        $"The operation was stopped after {options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
        operation is null ? null : [operation],
        extensions: GraphQLError.Codes(LimitErrorCodes.ExecutionTimeout));

    private InitialIncrementalExecutionResult MaskInitial(InitialIncrementalExecutionResult result) =>
        result.Errors is { } errors ? result with { Errors = MaskErrors(errors) } : result;

    /// <summary>Errors of deferred fragments and streamed items are masked as those of the initial result are.</summary>
    private SubsequentIncrementalExecutionResult MaskSubsequent(SubsequentIncrementalExecutionResult result) => result with
    {
        Incremental = result.Incremental?.Select(entry => entry.Errors is not { } errors ? entry : entry switch
        {
            IncrementalDeferResult deferred => deferred with { Errors = MaskErrors(errors) },
            IncrementalStreamResult streamed => streamed with { Errors = MaskErrors(errors) },
            _ => entry,
        }).ToList(),
        Completed = result.Completed?.Select(entry => entry.Errors is { } errors ? entry with { Errors = MaskErrors(errors) } : entry).ToList(),
    };

    private IReadOnlyList<GraphQLError> MaskErrors(IReadOnlyList<GraphQLError> errors) =>
        errors.All(e => e.OriginalError is null or GraphQLError) ? errors : errors.Select(MaskError).ToList();
}
