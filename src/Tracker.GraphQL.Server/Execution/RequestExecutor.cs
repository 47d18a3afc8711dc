using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Runs one GraphQL request: finds the document (text or persisted hash), parses and validates it once per
/// distinct text (cached), checks the operation limits, executes it with a timeout and the request's
/// DataLoaders, and hides unexpected exceptions behind INTERNAL_SERVER_ERROR.
/// </summary>
public sealed class RequestExecutor(
    GraphQLSchema schema,
    GraphQLServerOptions options,
    IPersistedDocumentStore persistedDocuments,
    ILogger<RequestExecutor> logger)
{
    private readonly DocumentCache _documents = new(options.DocumentCacheBytes);

    public GraphQLSchema Schema { get; } = schema;

    public DocumentCache Documents => _documents;

    /// <summary>Executes a query or mutation. <paramref name="allowMutations"/> is false for GET requests.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        bool allowMutations,
        CancellationToken cancellationToken)
    {
        var prepared = Prepare(request, out var failure);
        if (prepared is null)
        {
            return new GraphQLResponse(failure!);
        }
        var (document, operation) = prepared.Value;
        if (operation?.Operation == OperationType.Mutation && !allowMutations)
        {
            throw new MutationOverGetException();
        }
        if (operation?.Operation == OperationType.Subscription)
        {
            return new GraphQLResponse(RequestError(new GraphQLError("Subscriptions are served over WebSocket (graphql-transport-ws) or Server-Sent Events.", [operation]), ServerErrorCodes.BadRequest));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ExecutionTimeout);
        var args = Arguments(request, document, services, userContext, timeout.Token);
        try
        {
            if (await GuardAsync(request, document, operation, services, timeout.Token) is { } refused)
            {
                return new GraphQLResponse(refused);
            }
            var result = await Executor.ExecuteAsync(args);
            return new GraphQLResponse(Mask(CodeRequestErrors(result, operation)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var error = new GraphQLError(
                $"The operation was stopped after {options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
                operation is null ? null : [operation],
                extensions: GraphQLError.Codes(LimitErrorCodes.ExecutionTimeout));
            return new GraphQLResponse(ExecutionResult.FromData(null, [error]));
        }
    }

    /// <summary>
    /// Starts a subscription: a stream of results, or a single result (a request error without data, or the
    /// result of a query or mutation sent over a streaming transport). A mutation with <paramref name="allowMutations"/>
    /// false (an event stream requested with GET) throws <see cref="MutationOverGetException"/>.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        CancellationToken cancellationToken,
        bool allowMutations = true)
    {
        var prepared = Prepare(request, out var failure);
        if (prepared is null)
        {
            return new SubscriptionResult(failure!);
        }
        if (prepared.Value.Operation?.Operation is OperationType.Query or OperationType.Mutation)
        {
            // Queries and mutations over a streaming transport: one result.
            var single = await ExecuteAsync(request, services, userContext, allowMutations, cancellationToken);
            return new SubscriptionResult(single.Result);
        }
        if (await GuardAsync(request, prepared.Value.Document, prepared.Value.Operation, services, cancellationToken) is { } refused)
        {
            return new SubscriptionResult(refused);
        }
        var args = Arguments(request, prepared.Value.Document, services, userContext, cancellationToken);
        var result = await Executor.SubscribeAsync(args);
        return result.ErrorResult is { } error
            ? new SubscriptionResult(Mask(CodeRequestErrors(error, prepared.Value.Operation)))
            : new SubscriptionResult(MaskStream(result.Stream!));
    }

    private ExecutionArgs Arguments(GraphQLRequest request, DocumentNode document, IServiceProvider services, object? userContext, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = document,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        UserContext = userContext,
        Services = services,
        BatchDispatcher = services.GetService(typeof(DataLoaderScope)) as DataLoaderScope,
        HideSuggestions = options.HideSuggestions,
        CancellationToken = cancellationToken,
    };

    /// <summary>The request error refusing the whole operation, if a guard refuses it (see <see cref="IOperationGuard"/>).</summary>
    private async Task<ExecutionResult?> GuardAsync(GraphQLRequest request, DocumentNode document, OperationDefinitionNode? operation, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            return null;
        }
        var guarded = new GuardedOperation(Schema, document, operation, request.Variables ?? new Dictionary<string, object?>());
        foreach (var guard in services.GetServices<IOperationGuard>())
        {
            if (await guard.CheckAsync(guarded, cancellationToken) is { Count: > 0 } errors)
            {
                return ExecutionResult.FromErrors(errors);
            }
        }
        return null;
    }

    /// <summary>The document and operation to run, or the request error that prevents it.</summary>
    private (DocumentNode Document, OperationDefinitionNode? Operation)? Prepare(GraphQLRequest request, out ExecutionResult? failure)
    {
        failure = null;
        if (ResolveText(request, out var register, out var textError) is not { } text)
        {
            failure = ExecutionResult.FromErrors([textError!]);
            return null;
        }
        var hash = DocumentCache.Hash(text);
        var cached = _documents.TryGet(hash, out var document);
        if (!cached)
        {
            if (ParseAndValidate(text, out var errors) is not { } parsed)
            {
                failure = ExecutionResult.FromErrors(errors);
                return null;
            }
            document = parsed;
        }
        var operation = SelectOperation(document, request.OperationName);
        if (operation is not null)
        {
            var limitErrors = OperationLimitsAnalyzer.Check(Schema, document, operation, request.Variables ?? new Dictionary<string, object?>(), options.Operation);
            if (limitErrors.Count > 0)
            {
                failure = ExecutionResult.FromErrors(limitErrors);
                return null;
            }
            if (options.RefuseNulCharacters && NulCharacterCheck.InVariables(operation, request.Variables) is { } nul)
            {
                failure = ExecutionResult.FromErrors([nul]);
                return null;
            }
            // Kept only once it parsed, validated and passed the limits (as Apollo Server registers persisted
            // queries): documents refused by any of them take no room, however many a client sends.
            if (!cached)
            {
                _documents.Add(hash, text, document);
            }
            if (register)
            {
                persistedDocuments.Add(hash, text);
            }
        }
        return (document, operation);
    }

    /// <summary>The parsed document, or null with the syntax or validation errors.</summary>
    private DocumentNode? ParseAndValidate(string text, out IReadOnlyList<GraphQLError> errors)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, options.Parse);
        }
        catch (GraphQLError error)
        {
            errors = [error];
            return null;
        }
        errors = DocumentValidator.Validate(Schema, document, options: new ValidationOptions { HideSuggestions = options.HideSuggestions });
        if (errors.Count == 0 && options.RefuseNulCharacters && NulCharacterCheck.InDocument(document) is { } nul)
        {
            errors = [nul];
        }
        return errors.Count == 0 ? document : null;
    }

    /// <summary>The document text: sent, or looked up by its hash (automatic persisted queries).</summary>
    private string? ResolveText(GraphQLRequest request, out bool register, out GraphQLError? error)
    {
        error = null;
        register = false;
        if (request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            && !(persisted.GetValueOrDefault("version") is double version && version == 1))
        {
            error = Coded("Unsupported persisted query version: only version 1 is known.", ServerErrorCodes.BadRequest);
            return null;
        }
        var hash = PersistedHash(request);
        if (request.Query is { } query)
        {
            var actual = DocumentCache.Hash(query);
            if (hash is not null && !string.Equals(hash, actual, StringComparison.OrdinalIgnoreCase))
            {
                error = Coded("The persisted query hash does not match the query.", ServerErrorCodes.PersistedQueryHashMismatch);
                return null;
            }
            if (options.OnlyPersistedDocuments && !persistedDocuments.TryGet(actual, out _))
            {
                error = Coded("This server only executes persisted documents; this document is not one of them.", ServerErrorCodes.PersistedDocumentRequired);
                return null;
            }
            register = hash is not null;
            return query;
        }
        if (hash is not null)
        {
            if (persistedDocuments.TryGet(hash, out var known))
            {
                return known;
            }
            error = Coded("PersistedQueryNotFound", ServerErrorCodes.PersistedQueryNotFound);
            return null;
        }
        error = Coded("The request has no query.", ServerErrorCodes.BadRequest);
        return null;
    }

    private static string? PersistedHash(GraphQLRequest request) =>
        request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            ? persisted.GetValueOrDefault("sha256Hash") as string
            : null;

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return found;
    }

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
        var code = operation is null ? ErrorCodes.OperationResolutionFailure : ErrorCodes.BadUserInput;
        return ExecutionResult.FromErrors(errors.Select(e => e.WithCode(code)).ToList());
    }

    private static GraphQLError Coded(string message, string code) => new(message, extensions: GraphQLError.Codes(code));

    private static ExecutionResult RequestError(GraphQLError error, string code) => ExecutionResult.FromErrors([error.WithCode(code)]);

    private async IAsyncEnumerable<ExecutionResult> MaskStream(IAsyncEnumerable<ExecutionResult> stream)
    {
        await foreach (var result in stream)
        {
            yield return Mask(result);
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
}

/// <summary>A mutation arrived over GET: the HTTP layer answers 405.</summary>
public sealed class MutationOverGetException : Exception
{
}
