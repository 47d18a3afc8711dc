namespace Tracker.GraphQL.Language;

public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}
