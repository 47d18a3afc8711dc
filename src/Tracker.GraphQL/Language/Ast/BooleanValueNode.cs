namespace Tracker.GraphQL.Language;

public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public required bool Value { get; init; }
}
