using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves: graphql-js's (source, args, context, info)
/// in one object.
/// </summary>
public sealed class ResolveFieldContext
{
    /// <summary>The parent object's value (the root value for root fields).</summary>
    public required object? Source { get; init; }

    /// <summary>Coerced argument values by name; absent arguments with no default are not present.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }

    public required FieldDefinition FieldDefinition { get; init; }

    /// <summary>The object type whose field is being resolved.</summary>
    public required ObjectType ParentType { get; init; }

    /// <summary>Every field node of the document merged into this response key.</summary>
    public required IReadOnlyList<FieldNode> FieldNodes { get; init; }

    public required ResponsePath Path { get; init; }

    public required OperationExecution Operation { get; init; }

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

/// <summary>What is shared by every field of one operation's execution.</summary>
public sealed class OperationExecution
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public object? RootValue { get; init; }

    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
