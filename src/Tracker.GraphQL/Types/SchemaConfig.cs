using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>What a schema is made of; the schema collects every type reachable from it.</summary>
public sealed class SchemaConfig
{
    public ObjectType? Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no root reaches them, in the order they should be listed.</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = [];

    /// <summary>Directives; null means the specified ones.</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; init; }

    public string? Description { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Root operation types that name a non-object type; kept only so schema validation can report them.</summary>
    internal IReadOnlyDictionary<OperationType, NamedType> InvalidRootTypes { get; init; } = new Dictionary<OperationType, NamedType>();
}
