using System.Collections;
using System.Text.Json;
using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>Completing lists (spec §6.4.3 CompleteValue for list types): known-size lists, lazy enumerables and async streams, @stream included.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> CompleteListValue(ListType listType, in FieldCall call, ResponsePath path, object result)
    {
        // Only a list field's own list can be streamed (not the lists inside it), and only a field with directives.
        var mayStream = call.Group.First.Directives.Count > 0 && path.Key is string;
        if (mayStream && _incremental is null)
        {
            // Without incremental delivery an active @stream is refused before the value is looked at (graphql-js).
            StreamUsageOf(call.Group);
        }
        if (result is IAsyncEnumerable<object?> asyncItems)
        {
            return CompleteAsyncEnumerableAsync(listType.OfType, call, path, asyncItems, mayStream ? StreamUsageOf(call.Group) : null);
        }
        if (result is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            result = JsonValues.ResolvedItems(array);
        }
        if (result is string || result is not IEnumerable items || ValueLiterals.IsMap(result))
        {
            if (result is not string && AsyncStreams.TryAdapt(result, out var adapted))
            {
                return CompleteAsyncEnumerableAsync(listType.OfType, call, path, adapted, mayStream ? StreamUsageOf(call.Group) : null);
            }
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{call.Coordinate}\".");
        }
        var itemType = listType.OfType;
        if (mayStream && StreamUsageOf(call.Group) is { } stream)
        {
            return CompleteStreamedList(itemType, call, path, items, stream);
        }
        if (result is ICollection { Count: var count })
        {
            return CompleteKnownSizeList(itemType, call, path, items, count);
        }
        var completedItems = new List<object?>();
        PendingCompletion? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var completed = CompleteListItem(itemType, call, path.Append(index), item);
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
        return pending is null ? new ValueTask<object?>(completedItems) : pending.Seal();
    }

    /// <summary>A list whose size is known up front completes into an array of exactly that size.</summary>
    private ValueTask<object?> CompleteKnownSizeList(IGraphQLType itemType, in FieldCall call, ResponsePath path, IEnumerable items, int count)
    {
        if (items is object?[] array)
        {
            // An array of references (any such array is one, by covariance): read by index, no boxed enumerator.
            return CompleteArray(itemType, call, path, array);
        }
        var completedItems = count == 0 ? [] : new object?[count];
        PendingCompletion? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            if (index == completedItems.Length)
            {
                // The collection grew while being read: keep going rather than lose items.
                Array.Resize(ref completedItems, Math.Max(4, index * 2));
            }
            var completed = CompleteListItem(itemType, call, path.Append(index), item);
            if (!Place(completedItems, ref pending, index, completed))
            {
                return completed;
            }
            index++;
        }
        if (index != completedItems.Length)
        {
            Array.Resize(ref completedItems, index);
            if (pending is not null)
            {
                pending.Retarget(completedItems);
            }
        }
        return pending is null ? new ValueTask<object?>(completedItems) : pending.Seal();
    }

    /// <summary>
    /// The items of an array. Scalars and enums have no children to pass a path to, so their items' paths are built
    /// only for an error (a list of enums in every object of a response would otherwise allocate a path per item).
    /// </summary>
    private ValueTask<object?> CompleteArray(IGraphQLType itemType, in FieldCall call, ResponsePath path, object?[] items)
    {
        var leafItems = itemType.GetNullableType() is ScalarType or EnumType;
        var completedItems = items.Length == 0 ? [] : new object?[items.Length];
        PendingCompletion? pending = null;
        for (var index = 0; index < completedItems.Length; index++)
        {
            var completed = leafItems
                ? CompleteLeafListItem(itemType, call, path, index, items[index])
                : CompleteListItem(itemType, call, path.Append(index), items[index]);
            if (!Place(completedItems, ref pending, index, completed))
            {
                return completed;
            }
        }
        return pending is null ? new ValueTask<object?>(completedItems) : pending.Seal();
    }

    /// <summary>
    /// Puts an item's completion in its place: the value, or a completion still pending (tracked to be awaited).
    /// False when it failed: a non-null item's error, which fails the whole list.
    /// </summary>
    private static bool Place(object?[] completedItems, ref PendingCompletion? pending, int index, ValueTask<object?> completed)
    {
        if (completed.IsCompletedSuccessfully)
        {
            completedItems[index] = completed.Result;
            return true;
        }
        if (completed.IsFaulted)
        {
            return false;
        }
        (pending ??= new PendingCompletion(completedItems)).Track(index, completed);
        return true;
    }

    /// <summary>
    /// <see cref="CompleteListItem"/> for a scalar or enum item: completing a leaf never reads its path, so the item's
    /// path is built only when an error needs it.
    /// </summary>
    private ValueTask<object?> CompleteLeafListItem(IGraphQLType itemType, in FieldCall call, ResponsePath listPath, int index, object? item)
    {
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(itemType, call, null, item);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, itemType, call.Group, listPath.Append(index));
        }
        if (completed.IsCompletedSuccessfully)
        {
            return completed;
        }
        if (completed.IsFaulted)
        {
            return HandleSynchronousFault(completed, itemType, call.Group, listPath.Append(index));
        }
        return CatchFieldErrorAsync(completed, itemType, call.Group, listPath.Append(index));
    }

    /// <summary>Completes one list item; an error nulls the item, or propagates when the item type is non-null.</summary>
    private ValueTask<object?> CompleteListItem(IGraphQLType itemType, in FieldCall call, ResponsePath itemPath, object? item)
    {
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(itemType, call, itemPath, item);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, itemType, call.Group, itemPath);
        }
        if (completed.IsCompletedSuccessfully)
        {
            return completed;
        }
        if (completed.IsFaulted)
        {
            return HandleSynchronousFault(completed, itemType, call.Group, itemPath);
        }
        return CatchFieldErrorAsync(completed, itemType, call.Group, itemPath);
    }

    /// <summary>
    /// An async stream as a list: items are read one after another, and each item's completion starts as
    /// soon as it arrives, without waiting for the previous ones (graphql-js completeAsyncIterableValue).
    /// Under <c>@stream</c>, reading stops after the initial count and the rest goes to a stream record.
    /// </summary>
    private async ValueTask<object?> CompleteAsyncEnumerableAsync(IGraphQLType itemType, FieldCall call, ResponsePath path, IAsyncEnumerable<object?> items, StreamUsage? stream)
    {
        var completedItems = new List<object?>();
        PendingCompletion? pending = null;
        var index = 0;
        IAsyncEnumerator<object?>? enumerator = items.GetAsyncEnumerator(_context.CancellationToken);
        try
        {
            while (true)
            {
                if (stream is not null && index == stream.InitialCount)
                {
                    HandleStream(index, path, null, enumerator, call, stream, itemType);
                    enumerator = null;
                    break;
                }
                bool hasNext;
                try
                {
                    hasNext = await enumerator.MoveNextAsync();
                }
                catch (Exception exception) when (!IsCancellation(exception))
                {
                    throw Locate(exception, call.Group.Nodes, path);
                }
                if (!hasNext)
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
                    return await completed;
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
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync();
            }
        }
        return pending is null ? completedItems : await pending.Seal();
    }
}
