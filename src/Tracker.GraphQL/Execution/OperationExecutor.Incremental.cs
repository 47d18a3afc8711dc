using System.Collections;
using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

// Incremental delivery (graphql-js 17's IncrementalExecutor): @defer splits a selection set into the fields
// delivered now and execution groups run later by executors of their own; @stream leaves a list's later items to a
// stream record. Requests executed without incremental delivery refuse both, as graphql-js's executors do.
internal sealed partial class OperationExecutor
{
    private const string UnexpectedMultiplePayloads =
        "Executing this GraphQL operation would unexpectedly produce multiple payloads (due to @defer or @stream directive)";

    private const string DeferInSubscription =
        "`@defer` directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.";

    private const string StreamInSubscription =
        "`@stream` directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.";

    /// <summary>Root fields of a selection set that met an active <c>@defer</c>.</summary>
    private ValueTask<object?> ExecuteDeferringRootFields(ObjectType rootType, object? rootValue, GroupedFieldSet fields)
    {
        var incremental = RequireIncrementalDelivery(DeferInSubscription);
        var (newGroups, deliveryGroups) = DeliveryGroupMap.Extend(null, fields.NewDeferUsages!, null);
        var plan = fields.PlanFor(DeferUsageSet.Empty);
        var data = ExecuteRootFields(rootType, rootValue, plan.Now, deliveryGroups);
        if (data.IsFaulted)
        {
            return data;
        }
        incremental.AddGroups(newGroups);
        CollectExecutionGroups(rootType, rootValue, null, plan.Deferred, deliveryGroups);
        return data;
    }

    /// <summary>
    /// An object's fields where <c>@defer</c> is in force (met here or above): those delivered with this executor's
    /// result run now, the others become execution groups (graphql-js executeCollectedSubfields).
    /// </summary>
    private ValueTask<object?> ExecuteDeferringFields(ObjectType parentType, object? source, ResponsePath path, GroupedFieldSet fields, DeliveryGroupMap? deliveryGroups)
    {
        var incremental = fields.NewDeferUsages is null ? _incremental! : RequireIncrementalDelivery(DeferInSubscription);
        var newGroups = Array.Empty<DeliveryGroup>();
        if (fields.NewDeferUsages is { } newUsages)
        {
            (newGroups, deliveryGroups) = DeliveryGroupMap.Extend(deliveryGroups, newUsages, path);
        }
        var plan = fields.PlanFor(incremental.DeferUsages);
        var data = ExecuteFields(parentType, source, path, plan.Now, deliveryGroups);
        if (data.IsFaulted)
        {
            // A non-null field failed at once: this object is null, so is everything deferred inside it.
            return data;
        }
        incremental.AddGroups(newGroups);
        CollectExecutionGroups(parentType, source, path, plan.Deferred, deliveryGroups!);
        return data;
    }

    /// <summary>
    /// This executor's incremental state, or the error graphql-js raises where @defer or @stream cannot be: a
    /// subscription's (its events are single results), or an execution that is not incremental, which ends whole.
    /// </summary>
    private IncrementalState RequireIncrementalDelivery(string subscriptionMessage)
    {
        if (_context.Operation.Operation == OperationType.Subscription)
        {
            throw new GraphQLError(subscriptionMessage);
        }
        if (_incremental is null)
        {
            var error = new GraphQLError(UnexpectedMultiplePayloads);
            _context.UnexpectedIncrementalDelivery ??= error;
            throw error;
        }
        return _incremental;
    }

    private void CollectExecutionGroups(
        ObjectType parentType,
        object? source,
        ResponsePath? path,
        IReadOnlyList<(DeferUsageSet Usages, GroupedFieldSet Fields)> deferred,
        DeliveryGroupMap deliveryGroups)
    {
        var incremental = _incremental!;
        foreach (var (usages, fields) in deferred)
        {
            var groups = new DeliveryGroup[usages.Count];
            for (var i = 0; i < groups.Length; i++)
            {
                groups[i] = deliveryGroups.Find(usages.Members[i])!;
            }
            var executor = new OperationExecutor(_context.ForIncrementalWork(), new IncrementalState(incremental.Execution, usages));
            incremental.AddTask(new ExecutionGroup(groups, path, executor, parentType, source, fields, deliveryGroups));
        }
    }

    /// <summary>Runs an execution group's fields (this executor is the group's own); faults when a non-null error ends it.</summary>
    public ValueTask<ExecutionGroupResult> ExecuteExecutionGroup(ExecutionGroup group)
    {
        var data = ExecuteFields(group.ParentType, group.Source, group.Path, group.Fields, group.DeliveryGroups);
        if (data.IsCompletedSuccessfully)
        {
            return new ValueTask<ExecutionGroupResult>(ExecutionGroupResultOf(group, (ResultMap)data.Result!));
        }
        if (data.IsFaulted)
        {
            Abort();
            return ValueTask.FromException<ExecutionGroupResult>(ExceptionOf(data));
        }
        return AwaitExecutionGroupAsync(group, data);
    }

    private async ValueTask<ExecutionGroupResult> AwaitExecutionGroupAsync(ExecutionGroup group, ValueTask<object?> data)
    {
        try
        {
            return ExecutionGroupResultOf(group, (ResultMap)(await data)!);
        }
        catch
        {
            Abort();
            throw;
        }
    }

    private ExecutionGroupResult ExecutionGroupResultOf(ExecutionGroup group, ResultMap data) =>
        new(new ExecutionGroupValue(group.Groups, group.Path?.ToList() ?? [], data, _context.Errors.Snapshot()), TakeIncrementalWork());

    /// <summary>The work this executor found, without what lies inside a nulled position.</summary>
    public IncrementalWork TakeIncrementalWork() => _incremental!.TakeWork(_context.Errors);

    /// <summary>This executor's result is abandoned: what it found is stopped.</summary>
    public void Abort() => _incremental?.Abort();

    /// <summary>
    /// The field's active <c>@stream</c> (graphql-js getStreamUsage), read from its first node once per execution;
    /// throws where graphql-js's invariants do.
    /// </summary>
    private StreamUsage? StreamUsageOf(FieldGroup group)
    {
        if (group.Shared || group.First.Directives.Count == 0)
        {
            // No @stream on the node (a shared operation has none anywhere): nothing to read or keep.
            return null;
        }
        if (group.TryGetStream(out var known))
        {
            return known;
        }
        var arguments = Values.GetDirectiveValues(IncrementalDirectives.Stream, group.First.Directives, _context.Variables);
        StreamUsage? usage = null;
        if (arguments is not null && arguments.GetValueOrDefault("if") is not false)
        {
            var initialCount = arguments.GetValueOrDefault("initialCount") as int? ?? 0;
            if (initialCount < 0)
            {
                throw new GraphQLError("initialCount must be a positive integer");
            }
            RequireIncrementalDelivery(StreamInSubscription);
            usage = new StreamUsage(initialCount, arguments.GetValueOrDefault("label") as string, group.WithoutDeferUsages());
        }
        group.SetStream(usage);
        return usage;
    }

    /// <summary>
    /// A streamed list: its first <see cref="StreamUsage.InitialCount"/> items complete as any list's, the source
    /// positioned after them goes to a stream record (graphql-js handleStream), even when it has no more items.
    /// </summary>
    private ValueTask<object?> CompleteStreamedList(IGraphQLType itemType, in FieldCall call, ResponsePath path, IEnumerable items, StreamUsage stream)
    {
        var completedItems = new List<object?>();
        PendingCompletion? pending = null;
        var index = 0;
        IEnumerator? enumerator = items.GetEnumerator();
        try
        {
            while (true)
            {
                if (index == stream.InitialCount)
                {
                    HandleStream(index, path, enumerator, null, call, stream, itemType);
                    enumerator = null;
                    break;
                }
                if (!enumerator.MoveNext())
                {
                    break;
                }
                var completed = CompleteListItem(itemType, call, path.Append(index), enumerator.Current);
                if (completed.IsCompletedSuccessfully)
                {
                    completedItems.Add(completed.Result);
                }
                else if (completed.IsFaulted)
                {
                    return completed;
                }
                else
                {
                    completedItems.Add(null);
                    (pending ??= new PendingCompletion(completedItems)).Track(index, completed);
                }
                index++;
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
        return pending is null ? new ValueTask<object?>(completedItems) : pending.Seal();
    }

    /// <summary>Hands a list's remaining items to a stream record; later items are completed each by an executor of its own.</summary>
    private void HandleStream(int index, ResponsePath path, IEnumerator? items, IAsyncEnumerator<object?>? asyncItems, in FieldCall call, StreamUsage stream, IGraphQLType itemType)
    {
        var incremental = _incremental!;
        var itemCall = new FieldCall(stream.ItemGroup, call.Source, call.Path, call.Info, null);
        var context = _context;
        var record = new StreamRecord(
            stream.Label,
            path,
            index,
            items,
            asyncItems,
            stream.ItemGroup.Nodes,
            (itemIndex, item) =>
            {
                var executor = new OperationExecutor(context.ForIncrementalWork(), new IncrementalState(incremental.Execution, DeferUsageSet.Empty));
                return executor.CompleteStreamItem(itemCall, path.Append(itemIndex), item, itemType);
            },
            incremental.Execution.CancellationToken);
        incremental.AddStream(record);
    }

    /// <summary>
    /// One streamed item (graphql-js completeStreamItem): an error in a nullable item nulls it and is reported with
    /// it; one a non-null item cannot absorb faults the stream.
    /// </summary>
    private ValueTask<StreamItemResult> CompleteStreamItem(FieldCall call, ResponsePath itemPath, object? item, IGraphQLType itemType)
    {
        var completed = CompleteListItem(itemType, call, itemPath, item);
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<StreamItemResult>(StreamItemResultOf(completed.Result));
        }
        if (completed.IsFaulted)
        {
            Abort();
            return ValueTask.FromException<StreamItemResult>(ExceptionOf(completed));
        }
        return AwaitStreamItemAsync(completed);
    }

    private async ValueTask<StreamItemResult> AwaitStreamItemAsync(ValueTask<object?> completed)
    {
        try
        {
            return StreamItemResultOf(await completed);
        }
        catch
        {
            Abort();
            throw;
        }
    }

    private StreamItemResult StreamItemResultOf(object? item) =>
        new(new StreamItemValue(item, _context.Errors.Snapshot()), TakeIncrementalWork());

    private static Exception ExceptionOf(ValueTask<object?> faulted)
    {
        try
        {
            _ = faulted.Result;
        }
        catch (Exception exception)
        {
            return exception;
        }
        throw new InvalidOperationException("The completion was expected to have failed.");
    }
}
