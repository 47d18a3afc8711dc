namespace Tracker.GraphQL.Language;

internal sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
