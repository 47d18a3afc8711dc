namespace Tracker.GraphQL.Language;

internal sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}
