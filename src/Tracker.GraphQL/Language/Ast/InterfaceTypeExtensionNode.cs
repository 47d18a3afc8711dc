namespace Tracker.GraphQL.Language;

internal sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
