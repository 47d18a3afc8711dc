namespace Tracker.GraphQL.Language;

internal sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
