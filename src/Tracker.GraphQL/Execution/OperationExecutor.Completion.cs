using System.Collections;
using System.Text.Json;
using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

// Value completion (spec §6.4.3 CompleteValue): non-null, lists, leaves, abstract and object types.
internal sealed partial class OperationExecutor
{
    /// <summary>The resolver context of a field: the one its resolver got, or a new one for default-resolved fields.</summary>
    private ResolveFieldContext Info(in FieldCall call) =>
        call.Info ?? new ResolveFieldContext(call.Source, call.Group, null, call.Path.Get(), _context.Shared);

    /// <summary>The fields to execute on objects of <paramref name="runtimeType"/>, collected once per field and type.</summary>
    private GroupedFieldSet SubfieldsOf(FieldGroup group, ObjectType runtimeType)
    {
        var head = group.CollectedSubfields;
        if (head is not null && ReferenceEquals(head.RuntimeType, runtimeType))
        {
            return head;
        }
        if (!group.Shared)
        {
            return FindOrCollectSubfields(group, runtimeType, head);
        }
        // Executions running at once reach a shared group's chain: one at a time past its head.
        lock (group)
        {
            return FindOrCollectSubfields(group, runtimeType, group.CollectedSubfields);
        }
    }

    /// <summary>The rest of <see cref="SubfieldsOf"/>: the chain walked (its find moved to the head), or a new set added.</summary>
    private GroupedFieldSet FindOrCollectSubfields(FieldGroup group, ObjectType runtimeType, GroupedFieldSet? head)
    {
        if (head is not null && ReferenceEquals(head.RuntimeType, runtimeType))
        {
            return head;
        }
        if (group.SubfieldsByType is { } byType)
        {
            if (!byType.TryGetValue(runtimeType, out var known))
            {
                known = Collected(group, runtimeType);
                byType.Add(runtimeType, known);
            }
            // Only the head of the chain is read once there is a table.
            group.CollectedSubfields = known;
            return known;
        }
        // Found further down the chain: moved to its head, where the next item of the same type finds it first.
        GroupedFieldSet? previous = null;
        var length = 0;
        // Bounded by the chain's longest length: the walk ends even if the chain were ever longer than it should be.
        for (var known = head; known is not null && length <= MaxSubfieldsChain; previous = known, known = known.NextOfField)
        {
            length++;
            if (ReferenceEquals(known.RuntimeType, runtimeType))
            {
                previous!.NextOfField = known.NextOfField;
                known.NextOfField = head;
                group.CollectedSubfields = known;
                return known;
            }
        }
        var subfields = Collected(group, runtimeType);
        if (length >= MaxSubfieldsChain)
        {
            // A field of a union of many types: a table instead of a walk per item.
            var table = new Dictionary<ObjectType, GroupedFieldSet>(ReferenceEqualityComparer.Instance) { [runtimeType] = subfields };
            var copied = 0;
            for (var known = head; known is not null && copied++ <= MaxSubfieldsChain; known = known.NextOfField)
            {
                table.TryAdd(known.RuntimeType!, known);
            }
            group.SubfieldsByType = table;
        }
        else
        {
            subfields.NextOfField = head;
        }
        group.CollectedSubfields = subfields;
        return subfields;
    }

    /// <summary>A group's subfields for a runtime type, settled before a shared group publishes them.</summary>
    private GroupedFieldSet Collected(FieldGroup group, ObjectType runtimeType)
    {
        var subfields = FieldCollector.CollectSubfields(_context, runtimeType, group);
        return group.Shared ? Settle(subfields, runtimeType) : subfields;
    }

    /// <summary>Runtime types whose subfields a field group finds by walking its chain, before it makes a table.</summary>
    private const int MaxSubfieldsChain = 8;

    private ValueTask<object?> CompleteValue(IGraphQLType returnType, in FieldCall call, ResponsePath? path, object? result)
    {
        if (result is not (null or string or int or double or bool or ResultMap))
        {
            // Rare kinds first checked only for values that could be one of them.
            if (result is Exception exception)
            {
                return ValueTask.FromException<object?>(exception);
            }
            if (Awaitables.IsAwaitable(result))
            {
                return CompleteAwaitedAsync(returnType, call, path, result);
            }
        }
        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, call, path, result);
            if (completed.IsCompletedSuccessfully)
            {
                return completed.Result is null ? NullForNonNull(call) : completed;
            }
            return completed.IsFaulted ? completed : CompleteNonNullAsync(completed, call);
        }
        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }
        try
        {
            return returnType switch
            {
                ListType list => CompleteListValue(list, call, path!, result),
                ScalarType scalar => new ValueTask<object?>(CompleteScalar(scalar, result)),
                EnumType enumType => new ValueTask<object?>(enumType.CoerceOutputValue(result)),
                InterfaceType or UnionType => CompleteAbstractValue((NamedType)returnType, call, path!, result),
                ObjectType objectType => CompleteObjectValue(objectType, call, path!, result),
                _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}"),
            };
        }
        catch (Exception completionError) when (!IsCancellation(completionError))
        {
            return ValueTask.FromException<object?>(completionError);
        }
    }

    private async ValueTask<object?> CompleteAwaitedAsync(IGraphQLType returnType, FieldCall call, ResponsePath? path, object awaitable)
    {
        var value = await Awaitables.AwaitAsync(awaitable);
        return await CompleteValue(returnType, call, path, value);
    }

    private static ValueTask<object?> NullForNonNull(in FieldCall call) =>
        ValueTask.FromException<object?>(new GraphQLError($"Cannot return null for non-nullable field {call.Coordinate}."));

    private static async ValueTask<object?> CompleteNonNullAsync(ValueTask<object?> completion, FieldCall call)
    {
        var value = await completion;
        return value ?? throw new GraphQLError($"Cannot return null for non-nullable field {call.Coordinate}.");
    }

    private static object CompleteScalar(ScalarType scalar, object result)
    {
        if (BuiltInOutput.IsAlreadyCoerced(scalar, result))
        {
            return result;
        }
        var coerced = scalar.CoerceOutputValue(result);
        return coerced ?? throw new GraphQLError(
            $"Expected `{scalar.Name}.coerceOutputValue({Inspect.Value(result)})` to return non-nullable value, returned: null");
    }

    private ValueTask<object?> CompleteAbstractValue(NamedType returnType, in FieldCall call, ResponsePath path, object result)
    {
        var resolveType = (returnType as InterfaceType)?.ResolveType ?? (returnType as UnionType)?.ResolveType ?? _context.TypeResolver;
        if (ReferenceEquals(resolveType, DefaultResolvers.Type) && DefaultResolvers.TypeNameOf(result) is { } typeName)
        {
            // What the built-in type resolver answers first, read without the resolver context it would be given.
            return CompleteObjectValue(EnsureValidRuntimeType(typeName, returnType, call, result), call, path, result);
        }
        var runtimeType = resolveType(result, Info(call), returnType);
        if (runtimeType.IsCompletedSuccessfully)
        {
            return CompleteObjectValue(EnsureValidRuntimeType(runtimeType.Result, returnType, call, result), call, path, result);
        }
        return CompleteAbstractAsync(runtimeType, returnType, call, path, result);
    }

    private async ValueTask<object?> CompleteAbstractAsync(ValueTask<string?> runtimeType, NamedType returnType, FieldCall call, ResponsePath path, object result)
    {
        var name = await runtimeType;
        return await CompleteObjectValue(EnsureValidRuntimeType(name, returnType, call, result), call, path, result);
    }

    private ObjectType EnsureValidRuntimeType(string? runtimeTypeName, NamedType returnType, in FieldCall call, object result)
    {
        if (runtimeTypeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{returnType.Name}\" must resolve to an Object type at runtime for field \"{call.Coordinate}\". Either the \"{returnType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                call.Group.Nodes);
        }
        var runtimeType = _context.Schema.GetType(runtimeTypeName)
            ?? throw new GraphQLError($"Abstract type \"{returnType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", call.Group.Nodes);
        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{returnType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", call.Group.Nodes);
        }
        if (!_context.Schema.IsSubType(returnType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{returnType.Name}\".", call.Group.Nodes);
        }
        return objectType;
    }

    private ValueTask<object?> CompleteObjectValue(ObjectType returnType, in FieldCall call, ResponsePath path, object result)
    {
        if (returnType.IsTypeOf is { } isTypeOf && !isTypeOf(result, Info(call)))
        {
            throw new GraphQLError($"Expected value of type \"{returnType.Name}\" but got: {Inspect.Value(result)}.", call.Group.Nodes);
        }
        var subfields = SubfieldsOf(call.Group, returnType);
        return subfields.NewDeferUsages is null && call.DeliveryGroups is null
            ? ExecuteFields(returnType, result, path, subfields, null)
            : ExecuteDeferringFields(returnType, result, path, subfields, call.DeliveryGroups);
    }
}
