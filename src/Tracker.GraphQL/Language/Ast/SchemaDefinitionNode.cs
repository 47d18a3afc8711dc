namespace Tracker.GraphQL.Language;

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
