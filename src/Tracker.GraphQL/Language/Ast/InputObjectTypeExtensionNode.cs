namespace Tracker.GraphQL.Language;

internal sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
