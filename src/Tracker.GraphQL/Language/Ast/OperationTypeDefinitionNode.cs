namespace Tracker.GraphQL.Language;

public sealed class OperationTypeDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
