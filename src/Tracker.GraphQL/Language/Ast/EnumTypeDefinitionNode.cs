namespace Tracker.GraphQL.Language;

internal sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
