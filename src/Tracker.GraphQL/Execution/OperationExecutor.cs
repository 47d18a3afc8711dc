using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Executes one operation's selection sets (spec §6.3-§6.4): fields of a query start one after another
/// without waiting for each other, mutation root fields run serially, errors null the nearest nullable
/// position. Synchronous resolvers complete synchronously all the way up, without Task allocations.
/// </summary>
internal sealed partial class OperationExecutor(ExecutionContext context)
{
    private readonly ExecutionContext _context = context;

    /// <summary>Executes the root selection set; null when an error nulled the whole data.</summary>
    public async ValueTask<ResultMap?> ExecuteRootAsync(object? rootValue)
    {
        try
        {
            var operation = _context.Operation;
            var rootType = _context.Schema.GetRootType(operation.Operation)
                ?? throw new GraphQLError($"Schema is not configured to execute {operation.Operation.Keyword()} operation.", operation);
            var fields = FieldCollector.Collect(_context, rootType, operation.SelectionSet);
            var result = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, rootValue, fields)
                : ExecuteFields(rootType, rootValue, null, fields);
            return (ResultMap?)(result.IsCompletedSuccessfully ? result.Result : await result);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            _context.Errors.Add(Locate(exception, [], null), null);
            return null;
        }
    }

    /// <summary>
    /// Executes the fields of one object; the result is a <see cref="ResultMap"/>. Fields start one after
    /// another without waiting for each other; a field that fails a non-null position stops the object at once.
    /// </summary>
    private ValueTask<object?> ExecuteFields(ObjectType parentType, object? source, ResponsePath? path, GroupedFieldSet fields)
    {
        var groups = fields.Groups;
        var map = new ResultMap(fields.Keys);
        PendingCompletion? pending = null;
        foreach (var group in groups)
        {
            var fieldPath = path is null ? ResponsePath.Root(group.ResponseKey) : path.Append(group.ResponseKey);
            if (!TryExecuteField(parentType, source, group, fieldPath, out var result))
            {
                continue;
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

    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType parentType, object? source, GroupedFieldSet fields)
    {
        var map = new ResultMap(fields.Keys);
        foreach (var group in fields.Groups)
        {
            if (TryExecuteField(parentType, source, group, ResponsePath.Root(group.ResponseKey), out var result))
            {
                map.Add(group.ResponseKey, result.IsCompletedSuccessfully ? result.Result : await result);
            }
        }
        return map;
    }

    /// <summary>
    /// Resolves and completes one field (spec §6.4 ExecuteField). False when the parent type has no such
    /// field (possible only for unvalidated documents): the key is then left out, as graphql-js does.
    /// </summary>
    private bool TryExecuteField(ObjectType parentType, object? source, FieldGroup group, ResponsePath path, out ValueTask<object?> result)
    {
        FieldDefinition? fieldDefinition;
        if (ReferenceEquals(group.DefinitionParent, parentType))
        {
            fieldDefinition = group.Definition;
        }
        else
        {
            fieldDefinition = _context.Schema.GetField(parentType, group.First.Name.Value);
            group.Definition = fieldDefinition;
            group.DefinitionParent = parentType;
        }
        if (fieldDefinition is null)
        {
            result = default;
            return false;
        }
        var returnType = fieldDefinition.Type;
        try
        {
            var arguments = ArgumentsOf(fieldDefinition, group);
            var resolver = fieldDefinition.Resolver ?? _context.FieldResolver;
            ResolveFieldContext? info = null;
            ValueTask<object?> resolved;
            if (ReferenceEquals(resolver, DefaultResolvers.Field))
            {
                // The built-in resolver inline: no context unless the member read is a function to call.
                resolved = new ValueTask<object?>(ReadDefault(group, source, path));
            }
            else
            {
                info = new ResolveFieldContext
                {
                    Source = source,
                    Arguments = arguments,
                    FieldDefinition = fieldDefinition,
                    ParentType = parentType,
                    FieldNodes = group.Nodes,
                    Path = path,
                    Operation = _context.Shared,
                };
                resolved = resolver(info);
            }
            var call = new FieldCall(group, source, path, info);
            if (!resolved.IsCompletedSuccessfully)
            {
                result = CompleteResolvedAsync(returnType, call, path, resolved);
                return true;
            }
            var completed = CompleteValue(returnType, call, path, resolved.Result);
            result = completed.IsCompleted ? completed : CatchFieldErrorAsync(completed, returnType, group, path);
            if (result.IsFaulted)
            {
                result = HandleSynchronousFault(result, returnType, group, path);
            }
            return true;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            result = HandleFieldError(exception, returnType, group, path);
            return true;
        }
    }

    /// <summary>The built-in default resolver, through the field's cached reader for the source's CLR type.</summary>
    private object? ReadDefault(FieldGroup group, object? source, ResponsePath path)
    {
        if (source is null)
        {
            return null;
        }
        var type = source.GetType();
        if (!ReferenceEquals(group.ReaderType, type))
        {
            group.Reader = DefaultResolvers.ReaderFor(type, group.Definition!.Name);
            group.ReaderType = type;
        }
        var value = group.Reader!(source);
        return value is Func<ResolveFieldContext, object?> function ? function(Info(new FieldCall(group, source, path, null))) : value;
    }

    private ValueTask<object?> HandleSynchronousFault(ValueTask<object?> faulted, IGraphQLType returnType, FieldGroup group, ResponsePath path)
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
        if (group.Arguments is { } cached && ReferenceEquals(group.ArgumentsFor, definition))
        {
            return cached;
        }
        var arguments = definition.Arguments.Count == 0
            ? EmptyArguments
            : Values.GetArgumentValues(definition.Arguments, group.First, group.First.Arguments, _context.Variables, _context.HideSuggestions);
        group.Arguments = arguments;
        group.ArgumentsFor = definition;
        return arguments;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private async ValueTask<object?> CompleteResolvedAsync(IGraphQLType returnType, FieldCall call, ResponsePath path, ValueTask<object?> resolved)
    {
        try
        {
            var value = await resolved;
            return await CompleteValue(returnType, call, path, value);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, call.Group, path).Result;
        }
    }

    private async ValueTask<object?> CatchFieldErrorAsync(ValueTask<object?> completion, IGraphQLType returnType, FieldGroup group, ResponsePath path)
    {
        try
        {
            return await completion;
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, returnType, group, path).Result;
        }
    }

    /// <summary>
    /// A field error (spec §6.4.4): a non-null field passes it on to its parent (returned as a faulted task);
    /// otherwise it is recorded and the field is null.
    /// </summary>
    private ValueTask<object?> HandleFieldError(Exception exception, IGraphQLType returnType, FieldGroup group, ResponsePath path)
    {
        var error = Locate(exception, group.Nodes, path);
        if (returnType is NonNullType && _context.ErrorPropagation)
        {
            return ValueTask.FromException<object?>(error);
        }
        _context.Errors.Add(error, path);
        return new ValueTask<object?>((object?)null);
    }

    private static GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> nodes, ResponsePath? path) =>
        LocatedErrors.Locate(exception, nodes, path);

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;
}
