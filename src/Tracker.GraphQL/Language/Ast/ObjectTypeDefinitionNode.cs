namespace Tracker.GraphQL.Language;

internal sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
