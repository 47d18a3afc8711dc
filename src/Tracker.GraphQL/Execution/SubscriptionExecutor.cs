using System.Runtime.CompilerServices;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>Subscriptions (spec §6.2.3): the source event stream and its mapping to responses.</summary>
internal static class SubscriptionExecutor
{
    /// <summary>The source event stream, or the error that prevented creating it.</summary>
    internal readonly record struct SourceStream(IAsyncEnumerable<object?>? Stream, GraphQLError? Error);

    /// <summary>
    /// CreateSourceEventStream (spec §6.2.3.1): resolves the single root field to an event stream, through the
    /// field's <see cref="FieldDefinition.Subscriber"/> or else the field resolver (graphql-js subscribeFieldResolver).
    /// </summary>
    public static async ValueTask<SourceStream> CreateSourceEventStreamAsync(ValidatedExecutionArgs context, object? rootValue)
    {
        try
        {
            return new SourceStream(await ResolveStreamAsync(context, rootValue), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return new SourceStream(null, exception as GraphQLError ?? new GraphQLError(exception.Message, originalError: exception));
        }
    }

    private static async ValueTask<IAsyncEnumerable<object?>> ResolveStreamAsync(ValidatedExecutionArgs context, object? rootValue)
    {
        var rootType = context.Schema.SubscriptionType
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", context.Operation);
        var fields = FieldCollector.Collect(context, rootType, context.Operation.SelectionSet);
        if (fields.Groups.Length == 0)
        {
            // Only reachable for documents that skipped validation (spec §5.2.3.1 forbids @skip/@include here);
            // the words are what graphql-js 17.1.0 answers, a JavaScript TypeError caught as an error.
            throw new GraphQLError("firstRootField is not iterable");
        }
        var group = fields.Groups[0];
        var fieldName = group.First.Name.Value;
        var definition = context.Schema.GetField(rootType, fieldName)
            ?? throw new GraphQLError($"The subscription field \"{fieldName}\" is not defined.", group.Nodes);
        var path = ResponsePath.Root(group.ResponseKey);
        try
        {
            var info = new ResolveFieldContext
            {
                Source = rootValue,
                Arguments = Values.GetArgumentValues(definition.Arguments, group.First, group.First.Arguments, context.Variables, context.HideSuggestions),
                FieldDefinition = definition,
                ParentType = rootType,
                FieldNodes = group.Nodes,
                Path = path,
                Operation = context.Shared,
            };
            object? result;
            if (definition.Subscriber is { } subscriber)
            {
                result = await subscriber(info);
            }
            else
            {
                result = await context.FieldResolver(info);
                if (Awaitables.IsAwaitable(result))
                {
                    result = await Awaitables.AwaitAsync(result!);
                }
            }
            if (result is Exception exception)
            {
                throw exception;
            }
            if (AsyncStreams.TryAdapt(result, out var stream))
            {
                return stream;
            }
            // The default resolver cannot tell a missing member from a null one; graphql-js's wording for a
            // missing member is kept for both.
            throw new GraphQLError($"Subscription field must return Async Iterable. Received: {(result is null ? "undefined" : Inspect.Value(result))}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            throw LocatedErrors.Locate(exception, group.Nodes, path);
        }
    }

    /// <summary>
    /// MapSourceToResponseEvent (spec §6.2.3.2): each event executed with the event as root value, in a scope of
    /// its own when <paramref name="eventScope"/> opens one (disposed before the result is handed on). Ending the
    /// enumeration, or cancelling either token, disposes the source; a source that ignores cancellation is
    /// disposed as soon as its pending read completes.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(
        IAsyncEnumerable<object?> stream,
        ValidatedExecutionArgs context,
        IBatchDispatcher? dispatcher,
        Func<CancellationToken, ValueTask<SubscriptionEventScope>>? eventScope = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        var token = linked.Token;
        var source = stream.GetAsyncEnumerator(token);
        Task<bool>? abandonedRead = null;
        try
        {
            while (true)
            {
                var read = source.MoveNextAsync();
                bool hasNext;
                if (read.IsCompleted)
                {
                    hasNext = read.Result;
                }
                else
                {
                    var pending = read.AsTask();
                    try
                    {
                        hasNext = await pending.WaitAsync(token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!pending.IsCompleted)
                    {
                        abandonedRead = pending;
                        throw;
                    }
                }
                if (!hasNext)
                {
                    yield break;
                }
                yield return await ExecuteEventAsync(source.Current, context, dispatcher, eventScope, token).ConfigureAwait(false);
            }
        }
        finally
        {
            if (abandonedRead is null)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                // An async iterator cannot be disposed while a read is in flight: dispose it once the read ends.
                _ = abandonedRead.ContinueWith(
                    static (_, state) => ((IAsyncEnumerator<object?>)state!).DisposeAsync().AsTask(),
                    source,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default).Unwrap();
            }
        }
    }

    /// <summary>One event's execution, in its own scope when the host opens one.</summary>
    private static async ValueTask<ExecutionResult> ExecuteEventAsync(
        object? payload,
        ValidatedExecutionArgs context,
        IBatchDispatcher? dispatcher,
        Func<CancellationToken, ValueTask<SubscriptionEventScope>>? eventScope,
        CancellationToken token)
    {
        var scope = eventScope is null ? null : await eventScope(token).ConfigureAwait(false);
        await using (scope)
        {
            var eventContext = context.ForEvent(payload, token, scope?.Services);
            return await ExecutionScheduler.Run(
                () => Executor.ExecuteOperation(eventContext, eventContext.Shared.RootValue),
                scope is null ? dispatcher : scope.BatchDispatcher,
                token).ConfigureAwait(false);
        }
    }
}
