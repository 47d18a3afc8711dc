using System.Diagnostics.CodeAnalysis;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves: graphql-js's (source, args, context, info)
/// in one object.
/// </summary>
public sealed class ResolveFieldContext
{
    // The executor builds one context per resolved field, so it is kept small: the field's definition, parent
    // type, nodes and arguments are read from the executor's field group (or, for a context built by a host,
    // from a holder of the values it set), and the path is built from the parent's only when read.
    private object? _field;
    private ResponsePath? _path;
    private ResponsePath? _parentPath;

    public ResolveFieldContext()
    {
    }

    /// <summary>The executor's constructor.</summary>
    // The required members are all backed by the field group or built on demand (CS8618 cannot see that).
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal ResolveFieldContext(object? source, FieldGroup group, ResponsePath? parentPath, ResponsePath? path, OperationExecution operation)
    {
        Source = source;
        _field = group;
        _parentPath = parentPath;
        _path = path;
        Operation = operation;
    }
#pragma warning restore CS8618

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public required object? Source { get; init; }

    /// <summary>Coerced argument values by name; absent arguments with no default are not present.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments
    {
        get => _field is FieldGroup group ? Operation.ArgumentsOf(group) ?? OperationExecutor.EmptyArguments : ((HostField)_field!).Arguments;
        init => Host().Arguments = value;
    }

    public required FieldDefinition FieldDefinition
    {
        get => _field is FieldGroup group ? group.Definition! : ((HostField)_field!).FieldDefinition;
        init => Host().FieldDefinition = value;
    }

    /// <summary>The object type whose field is being resolved.</summary>
    public required ObjectType ParentType
    {
        get => _field is FieldGroup group ? group.DefinitionParent! : ((HostField)_field!).ParentType;
        init => Host().ParentType = value;
    }

    /// <summary>Every field node of the document merged into this response key.</summary>
    public required IReadOnlyList<FieldNode> FieldNodes
    {
        get => _field is FieldGroup group ? group.Nodes : ((HostField)_field!).FieldNodes;
        init => Host().FieldNodes = value;
    }

    public required ResponsePath Path
    {
        get => _path ??= _parentPath is null ? ResponsePath.Root(FieldNodes[0].ResponseKey) : _parentPath.Append(FieldNodes[0].ResponseKey);
        init => _path = value;
    }

    public required OperationExecution Operation { get; init; }

    private HostField Host() => (HostField)(_field ??= new HostField());

    public string FieldName => FieldDefinition.Name;

    public IGraphQLType ReturnType => FieldDefinition.Type;

    public GraphQLSchema Schema => Operation.Schema;

    public object? RootValue => Operation.RootValue;

    /// <summary>The per-request value the host passed (the HTTP context, a user, ...).</summary>
    public object? UserContext => Operation.UserContext;

    public IServiceProvider? Services => Operation.Services;

    public CancellationToken CancellationToken => Operation.CancellationToken;

    public IReadOnlyDictionary<string, object?> VariableValues => Operation.VariableValues;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public object? GetArgument(string name) => Arguments.GetValueOrDefault(name);
}
