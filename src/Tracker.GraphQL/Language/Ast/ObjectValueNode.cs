namespace Tracker.GraphQL.Language;

internal sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}
