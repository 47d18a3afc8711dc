namespace Tracker.GraphQL.Language;

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
