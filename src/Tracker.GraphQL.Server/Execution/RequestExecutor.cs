using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Diagnostics;
using Tracker.GraphQL.Server.Subscriptions;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Runs one GraphQL request: finds the document (text or persisted hash), parses and validates it once per
/// distinct text (cached), checks the operation limits, executes it with a timeout and the request's
/// DataLoaders, and hides unexpected exceptions behind INTERNAL_SERVER_ERROR. Each request is traced and measured
/// (<see cref="GraphQLServerTelemetry"/>) while something listens.
/// </summary>
public sealed partial class RequestExecutor(
    GraphQLSchema schema,
    GraphQLServerOptions options,
    IPersistedDocumentStore persistedDocuments,
    ILogger<RequestExecutor> logger,
    GraphQLServerTelemetry? telemetry = null,
    GraphQLTelemetry? engineTelemetry = null,
    IServiceProviderIsService? registrations = null)
{
    /// <summary>
    /// Whether any <see cref="IOperationGuard"/> is registered, known once from the container: a server without guards
    /// then asks nothing of a request's services before its resolvers do (see <c>LazyRequestServices</c>). Without the
    /// container's answer, every request asks.
    /// </summary>
    private readonly bool _mayHaveGuards = registrations?.IsService(typeof(IOperationGuard)) ?? true;

    private readonly DocumentCache _documents = new(options.DocumentCacheBytes);

    /// <summary>
    /// Operations found within the limits whatever their variables, with the limits they were measured against
    /// (see <see cref="PassesLimits"/>); an entry goes when its document is collected.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OperationDefinitionNode, Tracker.GraphQL.Execution.Limits.OperationLimits> _withinLimits = new();

    /// <summary>The variables of a request that sent none: one table for all of them, never written.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    private readonly SubscriptionEventGate _subscriptionEvents = new(options.MaxConcurrentSubscriptionEvents);

    public GraphQLSchema Schema { get; } = schema;

    public DocumentCache Documents => _documents;

    /// <summary>The bound on subscription events executing at once (<see cref="GraphQLServerOptions.MaxConcurrentSubscriptionEvents"/>).</summary>
    public SubscriptionEventGate SubscriptionEvents => _subscriptionEvents;

    /// <summary>
    /// Executes a query or mutation. <paramref name="allowMutations"/> is false for GET requests. With
    /// <paramref name="acceptsIncremental"/>, an operation that defers or streams is answered in several payloads
    /// (<see cref="GraphQLResponse.Incremental"/>); without it, such an operation is refused before it runs.
    /// A <see cref="ValueTask{TResult}"/>: a request that completes without waiting (a small query, resolvers that
    /// answer from memory) allocates no task for its response.
    /// </summary>
    public ValueTask<GraphQLResponse> ExecuteAsync(
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
    private async ValueTask<GraphQLResponse> ExecuteObservedAsync(
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

    private async ValueTask<GraphQLResponse> ExecuteAsync(
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
            && ActiveIncrementalDelivery.Find(new GuardedOperation(Schema, document, operation, request.Variables ?? NoVariables)) is { } directive)
        {
            return new GraphQLResponse(RequestError(new GraphQLError(
                $"The operation uses @{directive.Name.Value}, whose results come in several payloads; the request must accept multipart/mixed (incrementalSpec=v0.2), or be sent as an event stream or over WebSocket.",
                [directive]), ServerErrorCodes.IncrementalDeliveryNotAccepted));
        }
        // Owned by the incremental response once there is one: the timeout covers every payload.
        var timeout = ExecutionDeadline.Start(options.ExecutionTimeout, cancellationToken);
        var handedOver = false;
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
            EventScope = token => EventScopeAsync(services, token),
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
    private bool IsIncrementalSchema { get; } = schema.GetDirective("defer") is not null || schema.GetDirective("stream") is not null;

    /// <summary>
    /// The payloads after the initial one, masked. When the execution timeout stops the deferred work, a last
    /// payload completes whatever is still pending with the timeout error, so the client's result is whole.
    /// </summary>
    private async IAsyncEnumerable<SubsequentIncrementalExecutionResult> Subsequent(
        IncrementalExecutionResult result,
        InitialIncrementalExecutionResult initial,
        OperationDefinitionNode? operation,
        ExecutionDeadline timeout,
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
        // Services that open their scope lazily stand for their loaders themselves (no scope, no loader yet).
        BatchDispatcher = services as IBatchDispatcher ?? services.GetService(typeof(DataLoaderScope)) as DataLoaderScope,
        HideSuggestions = options.HideSuggestions,
        Telemetry = engineTelemetry,
        CancellationToken = cancellationToken,
    };

    /// <summary>
    /// A DI scope (and so DataLoaders) of its own for each subscription event: what the first event loaded is not
    /// what a later one should answer with. The subscription's own scope still serves the source stream. It opens
    /// once the event has a slot among those executing (<see cref="SubscriptionEventGate"/>) and gives the slot back
    /// when it is disposed, after the event's result is complete.
    /// </summary>
    private async ValueTask<SubscriptionEventScope> EventScopeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var slot = await _subscriptionEvents.EnterAsync(cancellationToken);
        try
        {
            var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            return new SubscriptionEventScope(scope.ServiceProvider, scope.ServiceProvider.GetService<DataLoaderScope>(), new EventLifetime(scope, slot));
        }
        catch
        {
            await slot.DisposeAsync();
            throw;
        }
    }

    /// <summary>The request error refusing the whole operation, if a guard refuses it (see <see cref="IOperationGuard"/>).</summary>
    private ValueTask<ExecutionResult?> GuardAsync(GraphQLRequest request, DocumentNode document, OperationDefinitionNode? operation, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (operation is null || !_mayHaveGuards)
        {
            return default;
        }
        var guards = services.GetServices<IOperationGuard>();
        // A server without guards asks nothing more of a request than this lookup.
        return guards is ICollection<IOperationGuard> { Count: 0 }
            ? default
            : CheckAsync(guards, new GuardedOperation(Schema, document, operation, request.Variables ?? NoVariables), cancellationToken);
    }

    private static async ValueTask<ExecutionResult?> CheckAsync(IEnumerable<IOperationGuard> guards, GuardedOperation guarded, CancellationToken cancellationToken)
    {
        foreach (var guard in guards)
        {
            if (await guard.CheckAsync(guarded, cancellationToken) is { Count: > 0 } errors)
            {
                return ExecutionResult.FromErrors(errors);
            }
        }
        return null;
    }
}
