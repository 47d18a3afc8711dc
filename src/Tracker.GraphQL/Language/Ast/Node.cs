namespace Tracker.GraphQL.Language;

/// <summary>The kind of an AST node; the names are graphql-js's <c>Kind</c> values.</summary>
public enum NodeKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
    DirectiveExtension,
}

/// <summary>
/// Base of the immutable AST. Lists are never null: an absent list (no arguments, no directives)
/// is an empty one, so consumers never branch on null.
/// </summary>
public abstract class Node
{
    // The location is stored unpacked: a Location? field would cost 24 bytes per node, these cost 16,
    // and a parsed document has a node for almost every token.
    private Source? _source;
    private int _start;
    private int _end;

    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from; null for nodes built in code.</summary>
    public Location? Location
    {
        get => _source is null ? null : new Location(_start, _end, _source);
        init
        {
            _source = value?.Source;
            _start = value?.Start ?? 0;
            _end = value?.End ?? 0;
        }
    }
}

/// <summary>The three operation types (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public static class OperationTypeExtensions
{
    /// <summary>The keyword as written in documents ("query", "mutation", "subscription").</summary>
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}

public sealed class NameNode : Node
{
    public NameNode(string value) => Value = value;

    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; }

    public override string ToString() => Value;
}

public sealed class DocumentNode : Node
{
    public override NodeKind Kind => NodeKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>How many lexical tokens the parser read (used by request limits).</summary>
    public int TokenCount { get; init; }
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : Node
{
}

/// <summary>Operations and fragments: what a request may contain.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>Schema, type and directive definitions.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>Schema and type extensions.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
