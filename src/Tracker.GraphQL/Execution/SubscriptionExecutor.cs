using System.Runtime.CompilerServices;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>Subscriptions (spec §6.2.3): the source event stream and its mapping to responses.</summary>
internal static class SubscriptionExecutor
{
    /// <summary>CreateSourceEventStream (spec §6.2.3.1): resolves the single root field to an event stream.</summary>
    public static async Task<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(ExecutionContext context, object? rootValue)
    {
        var rootType = context.Schema.SubscriptionType
            ?? throw new GraphQLError("Schema is not configured to execute subscription operation.", context.Operation);
        var fields = FieldCollector.Collect(context, rootType, context.Operation.SelectionSet);
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
            return result as IAsyncEnumerable<object?>
                ?? throw new GraphQLError($"Subscription field must return Async Iterable. Received: {(result is null ? "undefined" : Inspect.Value(result))}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw exception is GraphQLError { Path: not null } located
                ? located
                : new GraphQLError(exception.Message, exception is GraphQLError g && g.Nodes.Count > 0 ? g.Nodes : group.Nodes, exception, path.ToList());
        }
    }

    /// <summary>MapSourceToResponseEvent (spec §6.2.3.2): each event executed as the root value.</summary>
    public static async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(
        IAsyncEnumerable<object?> stream,
        ExecutionArgs args,
        ExecutionContext firstContext,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, args.CancellationToken);
        await foreach (var payload in stream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            // Each event gets a fresh execution (errors and caches are per event), sharing the coerced variables.
            var (context, errors) = Executor.Prepare(args);
            if (context is null)
            {
                yield return ExecutionResult.FromErrors(errors!);
                continue;
            }
            _ = firstContext;
            yield return await ExecutionScheduler.Run(
                async () => ExecutionResult.FromData(await new OperationExecutor(context).ExecuteRootAsync(payload), context.Errors.Snapshot()),
                args.BatchDispatcher,
                args.CancellationToken);
        }
    }
}
