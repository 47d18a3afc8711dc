namespace Tracker.GraphQL.Language;

internal sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}
