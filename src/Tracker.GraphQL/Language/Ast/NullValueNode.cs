namespace Tracker.GraphQL.Language;

internal sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}
