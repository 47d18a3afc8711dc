namespace Tracker.GraphQL.Language;

internal sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
