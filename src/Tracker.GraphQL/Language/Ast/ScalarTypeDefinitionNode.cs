namespace Tracker.GraphQL.Language;

internal sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}
