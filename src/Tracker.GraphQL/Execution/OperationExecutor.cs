using Tracker.GraphQL.Execution.Incremental;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Executes one operation's selection sets (spec §6.3-§6.4): fields of a query start one after another
/// without waiting for each other, mutation root fields run serially, errors null the nearest nullable
/// position. Synchronous resolvers complete synchronously all the way up, without Task allocations.
/// </summary>
internal sealed partial class OperationExecutor
{
    private readonly ValidatedExecutionArgs _context;

    /// <summary>Null unless the request is delivered incrementally (graphql-js Executor vs IncrementalExecutor).</summary>
    private readonly IncrementalState? _incremental;

    public OperationExecutor(ValidatedExecutionArgs context, IncrementalState? incremental = null)
    {
        _context = context;
        _incremental = incremental;
    }

    /// <summary>Executes the root selection set; null when an error nulled the whole data.</summary>
    public async ValueTask<ResultMap?> ExecuteRootAsync(object? rootValue)
    {
        try
        {
            var operation = _context.Operation;
            var rootType = _context.Schema.GetRootType(operation.Operation)
                ?? throw new GraphQLError($"Schema is not configured to execute {operation.Operation.Keyword()} operation.", operation);
            var fields = RootFieldsOf(rootType, operation);
            var result = fields.NewDeferUsages is null
                ? ExecuteRootFields(rootType, rootValue, fields, null)
                : ExecuteDeferringRootFields(rootType, rootValue, fields);
            return (ResultMap?)(result.IsCompletedSuccessfully ? result.Result : await result);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            _context.Errors.Add(Locate(exception, [], null), null);
            return null;
        }
    }

    /// <summary>
    /// The root set: collected for this execution when the operation is not shared; when it is, the one an earlier
    /// execution published, else collected, settled and published (or the one another execution published first).
    /// </summary>
    private GroupedFieldSet RootFieldsOf(ObjectType rootType, OperationDefinitionNode operation)
    {
        if (_context.SharedFields is not { } shared)
        {
            return FieldCollector.Collect(_context, rootType, operation.SelectionSet);
        }
        return shared.RootFields ?? shared.PublishRootFields(Settle(FieldCollector.Collect(_context, rootType, operation.SelectionSet), rootType));
    }

    /// <summary>The root fields: one after another for a mutation, else all started at once.</summary>
    private ValueTask<object?> ExecuteRootFields(ObjectType rootType, object? rootValue, GroupedFieldSet fields, DeliveryGroupMap? deliveryGroups) =>
        _context.Operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSerially(rootType, rootValue, fields, deliveryGroups)
            : ExecuteFields(rootType, rootValue, null, fields, deliveryGroups);

    /// <summary>
    /// Executes the fields of one object; the result is a <see cref="ResultMap"/>. Fields start one after
    /// another without waiting for each other; a field that fails a non-null position stops the object at once.
    /// </summary>
    private ValueTask<object?> ExecuteFields(ObjectType parentType, object? source, ResponsePath? path, GroupedFieldSet fields, DeliveryGroupMap? deliveryGroups)
    {
        var groups = fields.Groups;
        var map = new ResultMap(fields);
        PendingCompletion? pending = null;
        foreach (var group in groups)
        {
            var definition = DefinitionOf(group, parentType);
            if (definition is null)
            {
                // Only in documents that skipped validation: the key is left out, as graphql-js leaves it out.
                continue;
            }
            ValueTask<object?> result;
            if (group.PlainLeaf is { } scalar && source is not null)
            {
                // Most fields of most responses: a built-in scalar member read by the built-in resolver. Its value
                // goes straight into the map; anything less plain continues on the general path, read once.
                if (TryReadPlainLeaf(group, scalar, definition, source, out var value, out var failure))
                {
                    map.Add(group.ResponseKey, value);
                    continue;
                }
                result = failure is not null
                    ? HandleFieldError(failure, definition.Type, group, new LazyPath(path, group.ResponseKey))
                    : ExecuteField(parentType, source, group, definition, path, new ReadValue(value), deliveryGroups);
            }
            else
            {
                result = ExecuteField(parentType, source, group, definition, path, default, deliveryGroups);
            }
            if (result.IsCompletedSuccessfully)
            {
                map.Add(group.ResponseKey, result.Result);
            }
            else if (result.IsFaulted)
            {
                // A non-null field failed synchronously: this object is null, the remaining fields never run.
                return result;
            }
            else
            {
                (pending ??= new PendingCompletion(map)).Track(map.Add(group.ResponseKey, null), result);
            }
        }
        return pending is null ? new ValueTask<object?>(map) : pending.Seal();
    }

    /// <summary>
    /// Reads a plain leaf field; true when its value is already final (null in a nullable position, or what the
    /// built-in scalar would return unchanged). Otherwise <paramref name="value"/> or <paramref name="failure"/>
    /// is what the general path continues with.
    /// </summary>
    private bool TryReadPlainLeaf(FieldGroup group, ScalarType scalar, FieldDefinition definition, object source, out object? value, out Exception? failure)
    {
        failure = null;
        try
        {
            value = ReadMember(group, source);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            value = null;
            failure = exception;
            return false;
        }
        return value is null ? definition.Type is not NonNullType : BuiltInOutput.IsAlreadyCoerced(scalar, value);
    }

    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType parentType, object? source, GroupedFieldSet fields, DeliveryGroupMap? deliveryGroups)
    {
        var map = new ResultMap(fields);
        foreach (var group in fields.Groups)
        {
            if (DefinitionOf(group, parentType) is not { } definition)
            {
                continue;
            }
            var result = ExecuteField(parentType, source, group, definition, null, default, deliveryGroups);
            map.Add(group.ResponseKey, result.IsCompletedSuccessfully ? result.Result : await result);
        }
        return map;
    }

    /// <summary>
    /// The field's definition on <paramref name="parentType"/>, or null when it has none (possible only for
    /// unvalidated documents). Looked up once per field group: a group is only ever executed on one type.
    /// </summary>
    private FieldDefinition? DefinitionOf(FieldGroup group, ObjectType parentType)
    {
        if (ReferenceEquals(group.DefinitionParent, parentType))
        {
            return group.Definition;
        }
        var definition = _context.Schema.GetField(parentType, group.First.Name.Value);
        if (!ReferenceEquals(group.Definition, definition))
        {
            // Arguments were coerced for the other definition.
            group.Arguments = null;
        }
        group.Definition = definition;
        group.DefinitionParent = parentType;
        group.ReturnsLeaf = definition?.Type.GetNullableType() is ScalarType or EnumType;
        group.BuiltInScalar = definition?.Type.GetNullableType() as ScalarType is { IsSpecified: true } scalar ? scalar : null;
        group.IsPlainLeaf = group.BuiltInScalar is not null && definition is { Arguments.Count: 0 }
            && (definition.SourceResolver is not null || ReferenceEquals(definition.Resolver ?? _context.FieldResolver, DefaultResolvers.Field));
        return definition;
    }

    /// <summary>
    /// Settles a shared set before it is published: every group's definition looked up (and a slot given to a field
    /// taking arguments), its keys made, so that the executions reading it at once only ever read.
    /// </summary>
    private GroupedFieldSet Settle(GroupedFieldSet fields, ObjectType parentType)
    {
        foreach (var group in fields.Groups)
        {
            if (DefinitionOf(group, parentType) is { Arguments.Count: > 0 })
            {
                group.ArgumentSlot = _context.SharedFields!.NextArgumentSlot();
            }
        }
        _ = fields.Keys;
        return fields;
    }

    /// <summary>A value the built-in resolver already read, so the member is never read twice.</summary>
    private readonly record struct ReadValue(object? Value)
    {
        public bool HasValue { get; } = true;
    }

    /// <summary>Resolves and completes one field (spec §6.4 ExecuteField); errors null it or pass to its parent.</summary>
    private ValueTask<object?> ExecuteField(
        ObjectType parentType,
        object? source,
        FieldGroup group,
        FieldDefinition fieldDefinition,
        ResponsePath? parentPath,
        ReadValue read,
        DeliveryGroupMap? deliveryGroups)
    {
        var returnType = fieldDefinition.Type;
        // Composite fields need their path for their children; a leaf's is built only for an error or a resolver asking.
        var path = group.ReturnsLeaf ? null : parentPath is null ? ResponsePath.Root(group.ResponseKey) : parentPath.Append(group.ResponseKey);
        var lazyPath = path is null ? new LazyPath(parentPath, group.ResponseKey) : new LazyPath(path);
        try
        {
            // Coerced even for the built-in resolver: a bad argument is a field error whoever resolves it.
            ArgumentsOf(fieldDefinition, group);
            var resolver = fieldDefinition.Resolver ?? _context.FieldResolver;
            ResolveFieldContext? info = null;
            ValueTask<object?> resolved;
            if (ReferenceEquals(resolver, DefaultResolvers.Field))
            {
                // The built-in resolver inline: no context unless the member read is a function to call.
                var value = read.HasValue ? read.Value : source is null ? null : ReadMember(group, source);
                if (value is Func<ResolveFieldContext, object?> function)
                {
                    value = function(Info(new FieldCall(group, source, lazyPath, null, deliveryGroups)));
                }
                resolved = new ValueTask<object?>(value);
            }
            else if (fieldDefinition.SourceResolver is { } readSource)
            {
                // A resolver of the parent value alone needs no context either.
                resolved = new ValueTask<object?>(read.HasValue ? read.Value : readSource(source));
            }
            else
            {
                info = new ResolveFieldContext(source, group, parentPath, path, _context.Shared);
                resolved = _context.ResolverSpans is { } spans ? spans.Observe(resolver, info) : resolver(info);
            }
            if (resolved.IsCompletedSuccessfully && group.BuiltInScalar is { } scalar
                && (resolved.Result is null ? returnType is not NonNullType : BuiltInOutput.IsAlreadyCoerced(scalar, resolved.Result)))
            {
                // A resolver's plain scalar answer (or null where null is allowed) is already the completed value.
                return resolved;
            }
            var call = new FieldCall(group, source, lazyPath, info, deliveryGroups);
            if (!resolved.IsCompletedSuccessfully)
            {
                return CompleteResolvedAsync(returnType, call, path, resolved);
            }
            var completed = CompleteValue(returnType, call, path, resolved.Result);
            var result = completed.IsCompleted ? completed : CatchFieldErrorAsync(completed, returnType, group, lazyPath);
            return result.IsFaulted ? HandleSynchronousFault(result, returnType, group, lazyPath) : result;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, group, lazyPath);
        }
    }

    /// <summary>The built-in default resolver's read, through the field's cached reader for the source's CLR type.</summary>
    private static object? ReadMember(FieldGroup group, object source)
    {
        if (group.Definition!.SourceResolver is { } read)
        {
            return read(source);
        }
        var type = source.GetType();
        var reader = group.Reader;
        if (reader is null || !ReferenceEquals(reader.SourceType, type))
        {
            reader = DefaultResolvers.ReaderFor(type, group.Definition!.Name);
            group.Reader = reader;
        }
        return reader.Read(source);
    }

    private ValueTask<object?> HandleSynchronousFault(ValueTask<object?> faulted, IGraphQLType returnType, FieldGroup group, LazyPath path)
    {
        try
        {
            _ = faulted.Result;
            return faulted;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, group, path);
        }
    }

    private IReadOnlyDictionary<string, object?> ArgumentsOf(FieldDefinition definition, FieldGroup group)
    {
        if (definition.Arguments.Count == 0)
        {
            return EmptyArguments;
        }
        var own = ReferenceEquals(group.Definition, definition);
        if (own && _context.Shared.ArgumentsOf(group) is { } cached)
        {
            return cached;
        }
        var arguments = Values.GetArgumentValues(definition.Arguments, group.First, group.First.Arguments, _context.Variables, _context.HideSuggestions);
        if (own)
        {
            _context.Shared.KeepArguments(group, arguments, _context.SharedFields?.ArgumentSlotCount ?? 0);
        }
        return arguments;
    }

    /// <summary>The arguments of a field that takes none (what a resolver's context reads for it, never stored).</summary>
    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private async ValueTask<object?> CompleteResolvedAsync(IGraphQLType returnType, FieldCall call, ResponsePath? path, ValueTask<object?> resolved)
    {
        try
        {
            var value = await resolved;
            return await CompleteValue(returnType, call, path, value);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, call.Group, call.Path).Result;
        }
    }
}
