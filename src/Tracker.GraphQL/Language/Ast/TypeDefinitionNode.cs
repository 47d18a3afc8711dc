namespace Tracker.GraphQL.Language;

/// <summary>A named type's definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
