namespace Tracker.GraphQL.Language;

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <summary>
    /// The executor's collected field sets for this operation (<c>Execution.SharedFieldSets</c>), kept with the node as
    /// a parsed document is kept and shared by every request that sends it. A field, for atomic publication.
    /// </summary>
    internal object? ExecutionFieldSets;
}
