using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Diagnostics;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Runs one GraphQL request: finds the document (text or persisted hash), parses and validates it once per
/// distinct text (cached), checks the operation limits, executes it with a timeout and the request's
/// DataLoaders, and hides unexpected exceptions behind INTERNAL_SERVER_ERROR. Each request is traced and measured
/// (<see cref="GraphQLServerTelemetry"/>) while something listens.
/// </summary>
public sealed class RequestExecutor(
    GraphQLSchema schema,
    GraphQLServerOptions options,
    IPersistedDocumentStore persistedDocuments,
    ILogger<RequestExecutor> logger,
    GraphQLServerTelemetry? telemetry = null,
    GraphQLTelemetry? engineTelemetry = null)
{
    private readonly DocumentCache _documents = new(options.DocumentCacheBytes);

    public GraphQLSchema Schema { get; } = schema;

    public DocumentCache Documents => _documents;

    /// <summary>
    /// Executes a query or mutation. <paramref name="allowMutations"/> is false for GET requests. With
    /// <paramref name="acceptsIncremental"/>, an operation that defers or streams is answered in several payloads
    /// (<see cref="GraphQLResponse.Incremental"/>); without it, such an operation is refused before it runs.
    /// </summary>
    public Task<GraphQLResponse> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        bool allowMutations,
        CancellationToken cancellationToken,
        bool acceptsIncremental = false) =>
        telemetry is { IsObserved: true }
            ? ExecuteObservedAsync(request, services, userContext, allowMutations, cancellationToken, acceptsIncremental)
            : ExecuteAsync(request, services, userContext, allowMutations, null, cancellationToken, acceptsIncremental);

    /// <summary>
    /// The same, traced and measured; the request's span is current (the parent of its steps) only in here. An
    /// incremental response is observed up to its initial result.
    /// </summary>
    private async Task<GraphQLResponse> ExecuteObservedAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        bool allowMutations,
        CancellationToken cancellationToken,
        bool acceptsIncremental)
    {
        var observation = RequestObservation.Start(telemetry);
        try
        {
            var response = await ExecuteAsync(request, services, userContext, allowMutations, observation, cancellationToken, acceptsIncremental);
            observation?.Complete(response.Result);
            return response;
        }
        catch
        {
            observation?.Abandon();
            throw;
        }
    }

    private async Task<GraphQLResponse> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        bool allowMutations,
        RequestObservation? observation,
        CancellationToken cancellationToken,
        bool acceptsIncremental)
    {
        var prepared = Prepare(request, observation, out var failure);
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
        if (!acceptsIncremental && IsIncrementalSchema && operation is not null
            && ActiveIncrementalDelivery.Find(new GuardedOperation(Schema, document, operation, request.Variables ?? new Dictionary<string, object?>())) is { } directive)
        {
            return new GraphQLResponse(RequestError(new GraphQLError(
                $"The operation uses @{directive.Name.Value}, whose results come in several payloads; the request must accept multipart/mixed (incrementalSpec=v0.2), or be sent as an event stream or over WebSocket.",
                [directive]), ServerErrorCodes.IncrementalDeliveryNotAccepted));
        }
        // Owned by the incremental response once there is one: the timeout covers every payload.
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var handedOver = false;
        timeout.CancelAfter(options.ExecutionTimeout);
        var args = Arguments(request, document, services, userContext, timeout.Token);
        try
        {
            if (await GuardAsync(request, document, operation, services, timeout.Token) is { } refused)
            {
                return new GraphQLResponse(refused);
            }
            if (!IsIncrementalSchema)
            {
                return new GraphQLResponse(Mask(CodeRequestErrors(await Executor.ExecuteAsync(args), operation))) { Operation = operation?.Operation };
            }
            var result = await Executor.ExecuteIncrementallyAsync(args);
            if (result.SingleResult is { } single)
            {
                return new GraphQLResponse(Mask(CodeRequestErrors(single, operation))) { Operation = operation?.Operation };
            }
            var initial = MaskInitial(result.InitialResult!);
            var incremental = new IncrementalResponse(initial, Subsequent(result, initial, operation, timeout, cancellationToken), result, timeout);
            handedOver = true;
            return new GraphQLResponse(ExecutionResult.FromData(initial.Data, initial.Errors)) { Incremental = incremental };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GraphQLResponse(ExecutionResult.FromData(null, [TimeoutError(operation)]));
        }
        finally
        {
            if (!handedOver)
            {
                timeout.Dispose();
            }
        }
    }

    /// <summary>
    /// Starts a subscription: a stream of results, or a single result (a request error without data, or the
    /// result of a query or mutation sent over a streaming transport), or a query or mutation delivered
    /// incrementally. A mutation with <paramref name="allowMutations"/> false (an event stream requested with
    /// GET) throws <see cref="MutationOverGetException"/>. A transport that cannot carry incremental payloads passes
    /// <paramref name="acceptsIncremental"/> false, and an operation that defers or streams is refused before it runs.
    /// </summary>
    public async Task<StreamedResponse> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider services,
        object? userContext,
        CancellationToken cancellationToken,
        bool allowMutations = true,
        bool acceptsIncremental = true)
    {
        var observation = RequestObservation.Start(telemetry);
        var prepared = Prepare(request, observation, out var failure);
        if (prepared is null)
        {
            observation?.Complete(failure!);
            return new StreamedResponse(failure!);
        }
        if (prepared.Value.Operation?.Operation is OperationType.Query or OperationType.Mutation)
        {
            // Queries and mutations over a streaming transport: one result, or each payload of an incremental one
            // (observed as a request of its own).
            observation?.Abandon();
            var single = await ExecuteAsync(request, services, userContext, allowMutations, cancellationToken, acceptsIncremental);
            return single.Incremental is { } incremental ? new StreamedResponse(incremental) : new StreamedResponse(single.Result);
        }
        if (await GuardAsync(request, prepared.Value.Document, prepared.Value.Operation, services, cancellationToken) is { } refused)
        {
            return new StreamedResponse(refused);
        }
        var args = Arguments(request, prepared.Value.Document, services, userContext, cancellationToken) with
        {
            EventScope = () => EventScope(services),
        };
        var result = await Executor.SubscribeAsync(args);
        if (result.ErrorResult is { } error)
        {
            var coded = Mask(CodeRequestErrors(error, prepared.Value.Operation));
            observation?.Complete(coded);
            return new StreamedResponse(coded);
        }
        observation?.Complete(ExecutionResult.FromData(null, []));
        return new StreamedResponse(MaskStream(result.Stream!));
    }

    /// <summary>The schema declares @defer or @stream, so the engine executes it incrementally (its plain execute refuses such a schema).</summary>
    private bool IsIncrementalSchema => Schema.GetDirective("defer") is not null || Schema.GetDirective("stream") is not null;

    /// <summary>
    /// The payloads after the initial one, masked. When the execution timeout stops the deferred work, a last
    /// payload completes whatever is still pending with the timeout error, so the client's result is whole.
    /// </summary>
    private async IAsyncEnumerable<SubsequentIncrementalExecutionResult> Subsequent(
        IncrementalExecutionResult result,
        InitialIncrementalExecutionResult initial,
        OperationDefinitionNode? operation,
        CancellationTokenSource timeout,
        CancellationToken requestCancellation,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken enumerationCancellation = default)
    {
        var pending = initial.Pending.Select(p => p.Id).ToList();
        var payloads = result.SubsequentResults!.GetAsyncEnumerator(enumerationCancellation);
        await using (payloads)
        {
            while (true)
            {
                SubsequentIncrementalExecutionResult payload;
                try
                {
                    if (!await payloads.MoveNextAsync())
                    {
                        yield break;
                    }
                    payload = payloads.Current;
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !requestCancellation.IsCancellationRequested && !enumerationCancellation.IsCancellationRequested)
                {
                    break;
                }
                pending.AddRange(payload.Pending?.Select(p => p.Id) ?? []);
                pending.RemoveAll(id => payload.Completed?.Any(c => c.Id == id) == true);
                yield return MaskSubsequent(payload);
                if (!payload.HasNext)
                {
                    yield break;
                }
            }
        }
        var error = TimeoutError(operation);
        yield return new SubsequentIncrementalExecutionResult(false, null, null, pending.Select(id => new CompletedResult(id, [error])).ToList());
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
        Telemetry = engineTelemetry,
        CancellationToken = cancellationToken,
    };

    /// <summary>
    /// A DI scope (and so DataLoaders) of its own for each subscription event: what the first event loaded is not
    /// what a later one should answer with. The subscription's own scope still serves the source stream.
    /// </summary>
    private static SubscriptionEventScope EventScope(IServiceProvider services)
    {
        var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return new SubscriptionEventScope(scope.ServiceProvider, scope.ServiceProvider.GetService<DataLoaderScope>(), scope);
    }

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
    private (DocumentNode Document, OperationDefinitionNode? Operation)? Prepare(GraphQLRequest request, RequestObservation? observation, out ExecutionResult? failure)
    {
        failure = null;
        if (ResolveText(request, observation, out var register, out var textError) is not { } text)
        {
            failure = ExecutionResult.FromErrors([textError!]);
            return null;
        }
        var hash = DocumentCache.Hash(text);
        var cached = _documents.TryGet(hash, out var document);
        observation?.DocumentLookup(hash, cached);
        if (!cached)
        {
            if (ParseAndValidate(text, observation, out var errors) is not { } parsed)
            {
                failure = ExecutionResult.FromErrors(errors);
                return null;
            }
            document = parsed;
        }
        var operation = SelectOperation(document, request.OperationName);
        observation?.OperationChosen(operation, persistedDocuments.IsPreloaded(hash));
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
    private DocumentNode? ParseAndValidate(string text, RequestObservation? observation, out IReadOnlyList<GraphQLError> errors)
    {
        DocumentNode document;
        using (var parsing = observation?.StartStep(GraphQLServerTelemetry.ParseSpan))
        {
            try
            {
                document = Parser.Parse(text, options.Parse);
            }
            catch (GraphQLError error)
            {
                parsing?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ErrorCodes.ParseFailed);
                errors = [error];
                return null;
            }
        }
        using (var validating = observation?.StartStep(GraphQLServerTelemetry.ValidateSpan))
        {
            errors = DocumentValidator.Validate(Schema, document, options: new ValidationOptions { HideSuggestions = options.HideSuggestions });
            if (errors.Count > 0)
            {
                validating?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ErrorCodes.ValidationFailed);
            }
        }
        if (errors.Count == 0 && options.RefuseNulCharacters && NulCharacterCheck.InDocument(document) is { } nul)
        {
            errors = [nul];
        }
        return errors.Count == 0 ? document : null;
    }

    /// <summary>The document text: sent, or looked up by its hash (automatic persisted queries).</summary>
    private string? ResolveText(GraphQLRequest request, RequestObservation? observation, out bool register, out GraphQLError? error)
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
            var found = persistedDocuments.TryGet(hash, out var known);
            observation?.PersistedLookup(found);
            if (found)
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

/// <summary>A mutation arrived over GET: the HTTP layer answers 405.</summary>
public sealed class MutationOverGetException : Exception
{
}
