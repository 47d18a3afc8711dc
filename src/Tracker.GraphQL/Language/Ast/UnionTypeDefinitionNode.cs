namespace Tracker.GraphQL.Language;

internal sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
