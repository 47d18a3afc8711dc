namespace Tracker.GraphQL.Language;

internal sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
